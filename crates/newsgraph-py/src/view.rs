//! Notebook views: column tables handed to Python column by column, and the HTML rendering.
//! pandas, networkx and matplotlib are used from the pure-Python modules `newsgraph.tables`
//! and `newsgraph.graph`; the Document methods that need them call into those.

use crate::document::PyDocument;
use newsgraph::view::{self, Column, Table};
use newsgraph::Document;
use pyo3::prelude::*;
use pyo3::types::{PyDict, PyList};
use std::sync::Arc;

fn column<'py>(py: Python<'py>, c: Column) -> PyResult<Bound<'py, PyList>> {
    match c {
        Column::Str(v) => PyList::new(py, v),
        Column::Int(v) => PyList::new(py, v),
        Column::Float(v) => PyList::new(py, v),
        Column::Bool(v) => PyList::new(py, v),
        Column::Date(v) => PyList::new(py, v),
        Column::List(v) => PyList::new(py, v),
    }
}

fn to_dict<'py>(py: Python<'py>, tables: Vec<Table>) -> PyResult<Bound<'py, PyDict>> {
    let out = PyDict::new(py);
    for t in tables {
        let cols = PyDict::new(py);
        for (name, c) in t.columns {
            cols.set_item(name, column(py, c)?)?;
        }
        out.set_item(t.name, cols)?;
    }
    Ok(out)
}

/// The documents of an iterable, as shared Rust documents.
fn documents(docs: &Bound<'_, PyAny>) -> PyResult<Vec<Arc<Document>>> {
    let mut out = Vec::new();
    for d in docs.try_iter()? {
        let d = d?;
        let d = d.cast::<PyDocument>()?;
        out.push(d.get().doc.clone());
    }
    Ok(out)
}

/// Column tables of documents: `{table: {column: list}}`, for the tables actors, mentions,
/// places, statements, events, times and timeline. With `doc_id`, each table starts with a
/// `doc_id` column (a document's `meta.id`, else its position in `docs`).
#[pyfunction]
#[pyo3(signature = (docs, *, doc_id = true))]
pub fn _columns<'py>(
    py: Python<'py>,
    docs: &Bound<'py, PyAny>,
    doc_id: bool,
) -> PyResult<Bound<'py, PyDict>> {
    let docs = documents(docs)?;
    let tables = py.detach(|| {
        let refs: Vec<&Document> = docs.iter().map(|d| d.as_ref()).collect();
        if doc_id {
            view::stacked(&refs)
        } else {
            let mut acc = view::stacked(&refs);
            for t in &mut acc {
                t.columns.remove(0);
            }
            acc
        }
    });
    to_dict(py, tables)
}

/// The type of every column of every table: `str`, `int`, `float`, `bool`, `date` or `list`.
#[pyfunction]
pub fn _column_types(py: Python<'_>) -> PyResult<Bound<'_, PyDict>> {
    let out = PyDict::new(py);
    for t in view::stacked(&[]) {
        let cols = PyDict::new(py);
        for (name, c) in &t.columns {
            cols.set_item(*name, c.type_name())?;
        }
        out.set_item(t.name, cols)?;
    }
    Ok(out)
}

/// Calls `newsgraph.<module>.<function>(doc, **kwargs)`.
pub fn call_helper<'py>(
    doc: &Bound<'py, PyDocument>,
    module: &str,
    function: &str,
    kwargs: Option<&Bound<'py, PyDict>>,
) -> PyResult<Bound<'py, PyAny>> {
    let py = doc.py();
    py.import(module)?.getattr(function)?.call((doc,), kwargs)
}
