//! `extract_many`: an iterator over documents that pulls records from a Python iterable in
//! chunks and extracts each chunk in parallel with the GIL released.

use crate::convert;
use crate::document::PyDocument;
use crate::errors;
use newsgraph::{Article, Extractor};
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use pyo3::types::PyIterator;
use std::collections::VecDeque;
use std::sync::Mutex;

/// What `extract_many` does with a record that fails.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum OnError {
    /// Yield a `Failure` in its place.
    Yield,
    /// Raise the error (ending the iteration).
    Raise,
    /// Leave it out.
    Skip,
}

impl OnError {
    /// Reads "yield", "raise" or "skip".
    pub fn parse(s: &str) -> PyResult<OnError> {
        match s {
            "yield" => Ok(OnError::Yield),
            "raise" => Ok(OnError::Raise),
            "skip" => Ok(OnError::Skip),
            other => Err(PyValueError::new_err(format!(
                "on_error must be 'yield', 'raise' or 'skip', not {other:?}"
            ))),
        }
    }
}

/// A record that could not be extracted: its position, id and the error.
#[pyclass(frozen, get_all, module = "newsgraph._newsgraph", name = "Failure")]
pub struct PyFailure {
    /// Position of the record in the input, from 0.
    pub index: usize,
    /// The record's id, when it had one.
    pub id: Option<String>,
    /// The exception (a `newsgraph.NewsgraphError` subclass).
    pub error: Py<PyAny>,
}

#[pymethods]
impl PyFailure {
    fn __repr__(&self, py: Python<'_>) -> String {
        let msg = self
            .error
            .bind(py)
            .str()
            .map(|s| s.to_string())
            .unwrap_or_default();
        let id = match &self.id {
            Some(id) => format!("{id:?}"),
            None => "None".into(),
        };
        format!("Failure(index={}, id={id}, error={msg:?})", self.index)
    }
}

struct State {
    source: Option<Py<PyIterator>>,
    ready: VecDeque<Py<PyAny>>,
    next_index: usize,
}

/// Iterator of documents (and failures) in input order.
#[pyclass(module = "newsgraph._newsgraph", name = "DocumentStream")]
pub struct DocumentStream {
    extractor: Extractor,
    chunk: usize,
    on_error: OnError,
    state: Mutex<State>,
}

impl DocumentStream {
    /// A stream over `iterable`.
    pub fn new(
        iterable: &Bound<'_, PyAny>,
        extractor: Extractor,
        on_error: OnError,
    ) -> PyResult<DocumentStream> {
        let it = iterable.try_iter()?.unbind();
        let chunk = (extractor.threads() * 16).max(16);
        Ok(DocumentStream {
            extractor,
            chunk,
            on_error,
            state: Mutex::new(State {
                source: Some(it),
                ready: VecDeque::new(),
                next_index: 0,
            }),
        })
    }

    /// Pulls one chunk from the source, extracts it, and queues the results.
    fn fill(&self, py: Python<'_>, st: &mut State) -> PyResult<()> {
        let Some(source) = st.source.as_ref() else {
            return Ok(());
        };
        let mut batch: Vec<(Option<String>, Result<Article, newsgraph::Error>)> = Vec::new();
        let mut it = source.bind(py).clone();
        for _ in 0..self.chunk {
            match it.next() {
                None => {
                    st.source = None;
                    break;
                }
                // A record of the wrong shape (a number for `text`, NaN for `published`) is
                // that record's failure; the stream goes on.
                Some(item) => batch.push(convert::record(&item?).unwrap_or_else(|e| {
                    (
                        None,
                        Err(newsgraph::Error::InvalidRecord(e.value(py).to_string())),
                    )
                })),
            }
        }
        let ex = &self.extractor;
        let results: Vec<(Option<String>, newsgraph::Result<newsgraph::Document>)> =
            py.detach(|| {
                let mut out = Vec::with_capacity(batch.len());
                newsgraph::parallel::map_ordered(
                    batch.into_iter(),
                    ex.threads(),
                    |(id, a)| (id, a.and_then(|a| ex.extract(&a))),
                    |r| out.push(r),
                );
                out
            });
        for (id, r) in results {
            let index = st.next_index;
            st.next_index += 1;
            match r {
                Ok(doc) => st
                    .ready
                    .push_back(Py::new(py, PyDocument::new(doc))?.into_any()),
                Err(e) => match self.on_error {
                    OnError::Skip => {}
                    OnError::Raise => return Err(errors::exception(py, &e)),
                    OnError::Yield => {
                        let error = errors::exception(py, &e).into_value(py).into_any();
                        st.ready
                            .push_back(Py::new(py, PyFailure { index, id, error })?.into_any());
                    }
                },
            }
        }
        Ok(())
    }
}

#[pymethods]
impl DocumentStream {
    fn __iter__(slf: PyRef<'_, Self>) -> PyRef<'_, Self> {
        slf
    }

    fn __next__(&self, py: Python<'_>) -> PyResult<Option<Py<PyAny>>> {
        let mut st = self
            .state
            .lock()
            .map_err(|_| PyValueError::new_err("stream state poisoned by an earlier error"))?;
        loop {
            if let Some(x) = st.ready.pop_front() {
                return Ok(Some(x));
            }
            if st.source.is_none() {
                return Ok(None);
            }
            self.fill(py, &mut st)?;
        }
    }
}
