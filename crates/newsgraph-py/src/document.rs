//! The Python `Document`: an immutable view of one extraction.

use crate::errors;
use crate::objects::*;
use crate::time::PyTime;
use newsgraph::Document;
use pyo3::prelude::*;
use pyo3::types::PyTuple;
use serde::Serialize;
use std::sync::{Arc, OnceLock};

/// One processed article: its text, sentences, actors, places, statements, events and times.
#[pyclass(frozen, module = "newsgraph._newsgraph", name = "Document")]
pub struct PyDocument {
    pub(crate) doc: Arc<Document>,
    actors: OnceLock<Py<PyTuple>>,
    places: OnceLock<Py<PyTuple>>,
    statements: OnceLock<Py<PyTuple>>,
    events: OnceLock<Py<PyTuple>>,
    times: OnceLock<Py<PyTuple>>,
    sentences: OnceLock<Py<PyTuple>>,
    boilerplate: OnceLock<Py<PyTuple>>,
}

impl PyDocument {
    /// Wraps a Rust document.
    pub fn new(doc: Document) -> PyDocument {
        PyDocument {
            doc: Arc::new(doc),
            actors: OnceLock::new(),
            places: OnceLock::new(),
            statements: OnceLock::new(),
            events: OnceLock::new(),
            times: OnceLock::new(),
            sentences: OnceLock::new(),
            boilerplate: OnceLock::new(),
        }
    }
}

/// Builds (once) and returns a tuple of mirrors of `items`.
fn tuple_of<'py, M, P>(
    py: Python<'py>,
    cell: &OnceLock<Py<PyTuple>>,
    items: &[M],
) -> PyResult<Bound<'py, PyTuple>>
where
    M: Serialize,
    P: for<'de> serde::Deserialize<'de> + pyo3::PyClass + Into<pyo3::PyClassInitializer<P>>,
{
    if let Some(t) = cell.get() {
        return Ok(t.bind(py).clone());
    }
    let objs = items
        .iter()
        .map(|m| Py::new(py, mirror::<M, P>(m)?))
        .collect::<PyResult<Vec<_>>>()?;
    let t = PyTuple::new(py, objs)?;
    let _ = cell.set(t.clone().unbind());
    Ok(t)
}

#[pymethods]
impl PyDocument {
    /// The text exactly as given.
    #[getter]
    fn text(&self) -> &str {
        &self.doc.text
    }

    /// The schema tag, "newsgraph/1".
    #[getter]
    fn schema(&self) -> &str {
        &self.doc.schema
    }

    /// Title, outlet, publication date, URL, id, byline, dateline.
    #[getter]
    fn meta(&self) -> PyResult<PyMeta> {
        mirror(&self.doc.meta)
    }

    /// Actors, in order of first mention.
    #[getter]
    fn actors<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        tuple_of::<_, PyActor>(py, &self.actors, &self.doc.actors)
    }

    /// Places named in the text.
    #[getter]
    fn places<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        tuple_of::<_, PyPlace>(py, &self.places, &self.doc.places)
    }

    /// Statements (speech acts).
    #[getter]
    fn statements<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        tuple_of::<_, PyStatement>(py, &self.statements, &self.doc.statements)
    }

    /// Events.
    #[getter]
    fn events<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        tuple_of::<_, PyEvent>(py, &self.events, &self.doc.events)
    }

    /// Time expressions.
    #[getter]
    fn times<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        tuple_of::<_, PyTime>(py, &self.times, &self.doc.times)
    }

    /// Body sentences.
    #[getter]
    fn sentences<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        tuple_of::<_, PySentence>(py, &self.sentences, &self.doc.sentences)
    }

    /// Regions that are not article body.
    #[getter]
    fn boilerplate<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyTuple>> {
        tuple_of::<_, PyBoilerplate>(py, &self.boilerplate, &self.doc.boilerplate)
    }

    /// Counts of statements by sourcing kind and by speaker, as a dict.
    #[getter]
    fn sourcing<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &to_json(&self.doc.sourcing)?)
    }

    /// The actor with this id, or None.
    fn actor(&self, id: &str) -> PyResult<Option<PyActor>> {
        self.doc.actor(id).map(mirror).transpose()
    }

    /// The time with this id, or None.
    fn time(&self, id: &str) -> PyResult<Option<PyTime>> {
        self.doc.time(id).map(mirror).transpose()
    }

    /// The place with this id, or None.
    fn place(&self, id: &str) -> PyResult<Option<PyPlace>> {
        self.doc.place(id).map(mirror).transpose()
    }

    /// The document as JSON (compact, or indented by `indent` spaces).
    #[pyo3(signature = (indent = None))]
    fn to_json(&self, indent: Option<usize>) -> String {
        match indent {
            None => self.doc.to_json(),
            Some(n) => {
                let mut buf = Vec::new();
                let pad = " ".repeat(n);
                let fmt = serde_json::ser::PrettyFormatter::with_indent(pad.as_bytes());
                let mut ser = serde_json::Serializer::with_formatter(&mut buf, fmt);
                match self.doc.serialize(&mut ser) {
                    Ok(()) => String::from_utf8(buf).unwrap_or_default(),
                    Err(_) => self.doc.to_json_pretty(),
                }
            }
        }
    }

    /// The document as nested dicts and lists (the JSON shape).
    fn to_dict<'py>(&self, py: Python<'py>) -> PyResult<Bound<'py, PyAny>> {
        json_loads(py, &self.doc.to_json())
    }

    /// Reads a document from its JSON, checking that every span matches the text.
    #[staticmethod]
    fn from_json(py: Python<'_>, json: &str) -> PyResult<PyDocument> {
        let doc = py.detach(|| Document::from_json(json));
        Ok(PyDocument::new(errors::check(py, doc)?))
    }

    /// A plain-text report: actors, statements, events and times as tables.
    fn report(&self) -> String {
        newsgraph::report::render(&self.doc)
    }

    /// The highlighted view of the text as a standalone HTML page (inline CSS, no scripts).
    fn to_html(&self) -> String {
        newsgraph::view::html::page(&self.doc)
    }

    /// The highlighted view as an HTML fragment (what Jupyter shows).
    fn _repr_html_(&self) -> String {
        newsgraph::view::html::fragment(&self.doc)
    }

    /// pandas DataFrames of actors, mentions, places, statements, events and times.
    fn to_pandas<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::view::call_helper(slf, "newsgraph.tables", "document_tables", None)
    }

    /// The dated events and statements in time order, as a pandas DataFrame.
    fn timeline<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::view::call_helper(slf, "newsgraph.tables", "timeline", None)
    }

    /// Draws the timeline with matplotlib (on `ax`, or a new figure) and returns the Axes.
    #[pyo3(signature = (ax = None))]
    fn plot_timeline<'py>(
        slf: &Bound<'py, Self>,
        ax: Option<Bound<'py, PyAny>>,
    ) -> PyResult<Bound<'py, PyAny>> {
        let kwargs = pyo3::types::PyDict::new(slf.py());
        kwargs.set_item("ax", ax)?;
        crate::view::call_helper(slf, "newsgraph.tables", "plot_timeline", Some(&kwargs))
    }

    /// A networkx MultiDiGraph: actors as nodes, statements and events as edges.
    fn to_networkx<'py>(slf: &Bound<'py, Self>) -> PyResult<Bound<'py, PyAny>> {
        crate::view::call_helper(slf, "newsgraph.graph", "document_graph", None)
    }

    fn __eq__(&self, other: &Bound<'_, PyAny>) -> bool {
        other
            .cast::<PyDocument>()
            .is_ok_and(|o| *o.get().doc == *self.doc)
    }

    fn __reduce__<'py>(&self, py: Python<'py>) -> PyResult<(Bound<'py, PyAny>, (String,))> {
        let cls = py.import("newsgraph._newsgraph")?.getattr("Document")?;
        Ok((cls.getattr("from_json")?, (self.doc.to_json(),)))
    }

    fn __repr__(&self) -> String {
        let d = &self.doc;
        format!(
            "Document(title={:?}, sentences={}, actors={}, statements={}, events={}, times={})",
            d.meta.title.as_deref().unwrap_or(""),
            d.sentences.len(),
            d.actors.len(),
            d.statements.len(),
            d.events.len(),
            d.times.len()
        )
    }
}
