//! Immutable Python objects for the parts of a document: actors, mentions, places, statements,
//! events, times, sentences, tokens, spans.
//!
//! Each mirrors the JSON of its Rust counterpart (enums become their JSON strings), so it is
//! built from that JSON, pickles as that JSON, and compares equal when the JSON is equal.

use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use serde::{Deserialize, Serialize};

/// Implements equality, hashing, pickling, `to_dict` and `repr` for a value class.
macro_rules! value_class {
    ($ty:ident, $name:literal, [$($field:ident),*]) => {
        value_class!($ty, $name, [$($field),*] {});
    };
    ($ty:ident, $name:literal, [$($field:ident),*] { $($extra:tt)* }) => {
        #[pymethods]
        impl $ty {
            $($extra)*

            fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
                other.cast::<$ty>().is_ok_and(|o| o.get() == self)
            }

            fn __hash__(&self) -> u64 {
                use std::hash::{Hash, Hasher};
                let mut h = std::collections::hash_map::DefaultHasher::new();
                serde_json::to_string(self).unwrap_or_default().hash(&mut h);
                h.finish()
            }

            fn __reduce__<'py>(
                &self,
                py: Python<'py>,
            ) -> PyResult<(Bound<'py, PyAny>, (&'static str, String))> {
                let f = py.import("newsgraph._newsgraph")?.getattr("_unpickle")?;
                Ok((f, ($name, $crate::objects::to_json(self)?)))
            }

            /// The object as a plain dict (the same shape as in the document's JSON).
            fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
                $crate::objects::json_loads(py, &$crate::objects::to_json(self)?)
            }

            fn __repr__(&self) -> String {
                let mut parts: Vec<String> = Vec::new();
                $( parts.push(format!("{}={}", stringify!($field), $crate::objects::repr_json(&self.$field))); )*
                format!("{}({})", $name, parts.join(", "))
            }
        }
    };
}

pub(crate) fn to_json<T: Serialize>(v: &T) -> PyResult<String> {
    serde_json::to_string(v).map_err(|e| PyValueError::new_err(e.to_string()))
}

pub(crate) fn json_loads<'py>(py: Python<'py>, s: &str) -> PyResult<Bound<'py, PyAny>> {
    py.import("json")?.call_method1("loads", (s,))
}

pub(crate) use value_class;

/// A compact Python-like rendering of a field for `repr`.
pub(crate) fn repr_json<T: Serialize>(v: &T) -> String {
    match serde_json::to_value(v) {
        Ok(serde_json::Value::String(s)) => format!("{s:?}").replace('"', "'"),
        Ok(serde_json::Value::Null) => "None".into(),
        Ok(serde_json::Value::Bool(b)) => if b { "True" } else { "False" }.into(),
        Ok(other) => other.to_string(),
        Err(_) => "?".into(),
    }
}

/// Converts a model value into its Python mirror through their shared JSON shape.
pub(crate) fn mirror<M: Serialize, P: for<'de> Deserialize<'de>>(m: &M) -> PyResult<P> {
    let v = serde_json::to_value(m).map_err(|e| PyValueError::new_err(e.to_string()))?;
    serde_json::from_value(v).map_err(|e| PyValueError::new_err(e.to_string()))
}

/// A stretch of the document's text.
#[pyclass(frozen, get_all, module = "newsgraph._newsgraph", name = "Span")]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PySpan {
    pub start: usize,
    pub end: usize,
    pub text: String,
}
value_class!(PySpan, "Span", [start, end, text]);

/// A span that refers to an actor or place.
#[pyclass(frozen, get_all, module = "newsgraph._newsgraph", name = "Mention")]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PyMention {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: String,
}
value_class!(PyMention, "Mention", [start, end, text, kind]);

/// A participant with its merged mentions.
#[pyclass(frozen, get_all, module = "newsgraph._newsgraph", name = "Actor")]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PyActor {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub titles: Vec<String>,
    pub country: Option<String>,
    pub sector: Option<String>,
    pub code: Option<String>,
    pub affiliation: Option<String>,
    pub description: Option<String>,
    pub mentions: Vec<PyMention>,
}
value_class!(PyActor, "Actor", [id, name, kind, code]);

/// A location named in the text.
#[pyclass(frozen, get_all, module = "newsgraph._newsgraph", name = "Place")]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PyPlace {
    pub id: String,
    pub name: String,
    pub kind: String,
    pub country: Option<String>,
    pub within: Option<String>,
    pub latitude: Option<f64>,
    pub longitude: Option<f64>,
    pub mentions: Vec<PyMention>,
}
value_class!(PyPlace, "Place", [id, name, kind, country]);

/// On whose authority a statement is known.
#[pyclass(frozen, get_all, module = "newsgraph._newsgraph", name = "Sourcing")]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PySourcing {
    pub kind: String,
    pub via: Option<String>,
}
value_class!(PySourcing, "Sourcing", [kind, via]);

/// A speech act.
#[pyclass(frozen, get_all, module = "newsgraph._newsgraph", name = "Statement")]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PyStatement {
    pub id: String,
    pub speaker: Option<String>,
    pub speaker_span: Option<PySpan>,
    pub addressees: Vec<String>,
    pub act: String,
    pub cue: PySpan,
    pub content: Option<PySpan>,
    pub quote: Option<String>,
    pub sourcing: PySourcing,
    pub time: Option<String>,
    pub negated: bool,
    pub events: Vec<String>,
    pub sentence: usize,
}
value_class!(PyStatement, "Statement", [id, speaker, act, quote]);

/// A number attached to an event.
#[pyclass(frozen, get_all, module = "newsgraph._newsgraph", name = "Quantity")]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PyQuantity {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub value: f64,
    pub unit: Option<String>,
    pub role: Option<String>,
    pub approximate: bool,
}
value_class!(PyQuantity, "Quantity", [text, value, unit, role]);

/// Something done or threatened.
#[pyclass(frozen, get_all, module = "newsgraph._newsgraph", name = "Event")]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PyEvent {
    pub id: String,
    pub category: String,
    pub cameo: String,
    pub plover_mode: Option<String>,
    pub quad: String,
    pub factuality: String,
    pub condition: Option<PySpan>,
    pub actors: Vec<String>,
    pub recipients: Vec<String>,
    pub trigger: PySpan,
    pub time: Option<String>,
    pub location: Option<String>,
    pub quantities: Vec<PyQuantity>,
    pub statement: Option<String>,
    pub sentence: usize,
    pub confidence: f64,
}
value_class!(PyEvent, "Event", [id, category, cameo, factuality]);

/// What a relative time was resolved against.
#[pyclass(
    frozen,
    get_all,
    module = "newsgraph._newsgraph",
    name = "TimeReference"
)]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PyTimeReference {
    pub kind: String,
    pub id: Option<String>,
    pub value: Option<String>,
}
value_class!(PyTimeReference, "TimeReference", [kind, id, value]);

/// One word with its syntax.
#[pyclass(frozen, get_all, module = "newsgraph._newsgraph", name = "Token")]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PyToken {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub upos: String,
    pub xpos: String,
    pub lemma: String,
    pub head: usize,
    pub deprel: String,
}
value_class!(PyToken, "Token", [text, upos, head, deprel]);

/// A sentence of the article body.
#[pyclass(frozen, get_all, module = "newsgraph._newsgraph", name = "Sentence")]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PySentence {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub paragraph: usize,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tokens: Vec<PyToken>,
}
value_class!(PySentence, "Sentence", [start, end, text]);

/// A region of the text that is not article body.
#[pyclass(frozen, get_all, module = "newsgraph._newsgraph", name = "Boilerplate")]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PyBoilerplate {
    pub start: usize,
    pub end: usize,
    pub text: String,
    pub kind: String,
}
value_class!(PyBoilerplate, "Boilerplate", [kind, text]);

/// Facts about the article.
#[pyclass(frozen, get_all, module = "newsgraph._newsgraph", name = "Meta")]
#[derive(Clone, PartialEq, Serialize, Deserialize)]
pub struct PyMeta {
    pub id: Option<String>,
    pub title: Option<String>,
    pub outlet: Option<String>,
    pub published: Option<String>,
    pub url: Option<String>,
    pub byline: Option<String>,
    pub dateline: Option<String>,
}
value_class!(PyMeta, "Meta", [id, title, outlet, published]);
