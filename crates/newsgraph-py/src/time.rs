//! The Python `Time`: a time expression whose `start` and `end` are calendar dates.

use crate::objects::{value_class, PySpan, PyTimeReference};
use chrono::NaiveDate;
use pyo3::prelude::*;
use serde::{Deserialize, Serialize};

/// A time expression; `start`/`end` are the first and last day it covers, when known.
#[pyclass(frozen, module = "newsgraph._newsgraph", name = "Time")]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PyTime {
    #[pyo3(get)]
    pub id: String,
    #[serde(rename = "start")]
    #[pyo3(get)]
    pub char_start: usize,
    #[serde(rename = "end")]
    #[pyo3(get)]
    pub char_end: usize,
    #[pyo3(get)]
    pub text: String,
    #[serde(rename = "type")]
    #[pyo3(get, name = "type")]
    pub kind: String,
    #[pyo3(get)]
    pub value: String,
    #[pyo3(get)]
    pub modifier: Option<String>,
    #[pyo3(get)]
    pub range: Option<(String, String)>,
    #[pyo3(get)]
    pub reference: Option<PyTimeReference>,
}

impl PyTime {
    fn bounds(&self) -> Option<(NaiveDate, NaiveDate)> {
        if self.kind != "DATE" && self.kind != "TIME" {
            return None;
        }
        newsgraph::time::value_bounds(&self.value)
    }
}

value_class!(PyTime, "Time", [id, text, kind, value] {
    /// First day the expression covers (`datetime.date`), or None when not a calendar period.
    #[getter]
    fn start(&self) -> Option<NaiveDate> {
        self.bounds().map(|b| b.0)
    }

    /// Last day the expression covers (`datetime.date`), or None when not a calendar period.
    #[getter]
    fn end(&self) -> Option<NaiveDate> {
        self.bounds().map(|b| b.1)
    }

    /// Where the expression is in the text.
    #[getter]
    fn span(&self) -> PySpan {
        PySpan {
            start: self.char_start,
            end: self.char_end,
            text: self.text.clone(),
        }
    }
});
