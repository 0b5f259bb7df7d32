//! The native module `newsgraph._newsgraph`: extraction and the document model for Python.

mod convert;
mod document;
mod errors;
mod objects;
mod stream;
mod time;
mod view;

use document::PyDocument;
use newsgraph::{Article, Extractor};
use once_cell::sync::Lazy;
use pyo3::exceptions::PyValueError;
use pyo3::prelude::*;
use std::path::PathBuf;

static PLAIN: Lazy<Extractor> = Lazy::new(Extractor::new);
static WITH_SYNTAX: Lazy<Extractor> = Lazy::new(|| {
    Extractor::builder()
        .with_syntax(true)
        .build()
        .expect("default settings are valid")
});

fn extractor(with_syntax: bool) -> &'static Extractor {
    if with_syntax {
        &WITH_SYNTAX
    } else {
        &PLAIN
    }
}

/// Extracts actors, statements, events and times from one article; `dictionaries` are user
/// actor dictionary files (newsgraph TSV or PETRARCH), later ones overriding earlier ones.
#[pyfunction]
#[pyo3(signature = (text, *, published = None, title = None, outlet = None, url = None, id = None, with_syntax = false, dictionaries = None))]
#[allow(clippy::too_many_arguments)]
fn extract(
    py: Python<'_>,
    text: &Bound<'_, PyAny>,
    published: Option<&Bound<'_, PyAny>>,
    title: Option<String>,
    outlet: Option<String>,
    url: Option<String>,
    id: Option<String>,
    with_syntax: bool,
    dictionaries: Option<Vec<PathBuf>>,
) -> PyResult<PyDocument> {
    let text = errors::check(py, convert::text(text)?)?;
    let published = errors::check(py, convert::date(published)?)?;
    let article = Article {
        text,
        id,
        title,
        outlet,
        url,
        published,
    };
    let doc = match dictionaries.filter(|d| !d.is_empty()) {
        None => {
            let ex = extractor(with_syntax);
            py.detach(|| ex.extract(&article))
        }
        Some(paths) => {
            let b = Extractor::builder().with_syntax(with_syntax);
            let ex = errors::check(py, with_dictionaries(b, &paths).and_then(|b| b.build()))?;
            py.detach(|| ex.extract(&article))
        }
    };
    Ok(PyDocument::new(errors::check(py, doc)?))
}

/// Loads dictionary files into a builder, in order.
fn with_dictionaries(
    mut b: newsgraph::ExtractorBuilder,
    paths: &[PathBuf],
) -> newsgraph::Result<newsgraph::ExtractorBuilder> {
    for p in paths {
        b = b.with_dictionary_file(p)?;
    }
    Ok(b)
}

/// Extracts from every item of an iterable (texts or mappings), in parallel, in input order;
/// `dictionaries` as for `extract`.
#[pyfunction]
#[pyo3(signature = (items, *, threads = None, with_syntax = false, on_error = "yield", dictionaries = None))]
fn extract_many(
    py: Python<'_>,
    items: &Bound<'_, PyAny>,
    threads: Option<usize>,
    with_syntax: bool,
    on_error: &str,
    dictionaries: Option<Vec<PathBuf>>,
) -> PyResult<stream::DocumentStream> {
    let on_error = stream::OnError::parse(on_error)?;
    let b = Extractor::builder().with_syntax(with_syntax);
    let mut b = errors::check(py, with_dictionaries(b, &dictionaries.unwrap_or_default()))?;
    if let Some(n) = threads {
        b = b.threads(n);
    }
    let ex = errors::check(py, b.build())?;
    stream::DocumentStream::new(items, ex, on_error)
}

/// The seed article the project was founded on, extracted.
#[pyfunction]
#[pyo3(signature = (*, with_syntax = false))]
fn seed(py: Python<'_>, with_syntax: bool) -> PyResult<PyDocument> {
    let ex = extractor(with_syntax);
    let doc = py.detach(|| ex.extract(&newsgraph::seed()));
    Ok(PyDocument::new(errors::check(py, doc)?))
}

/// The seed article's text and metadata, unprocessed, as a dict.
#[pyfunction]
fn seed_article(py: Python<'_>) -> PyResult<Bound<'_, PyAny>> {
    let a = newsgraph::seed();
    let v = serde_json::json!({
        "id": a.id, "text": a.text, "title": a.title, "outlet": a.outlet,
        "url": a.url, "published": a.published.map(|d| d.to_string()),
    });
    objects::json_loads(py, &v.to_string())
}

/// The JSON Schema of a serialised document, as a string.
#[pyfunction]
fn json_schema() -> &'static str {
    newsgraph::JSON_SCHEMA
}

/// Loads every lexicon and model now instead of on first use.
#[pyfunction]
fn warm_up(py: Python<'_>) {
    py.detach(|| PLAIN.warm_up());
}

/// Rebuilds a pickled value object from its class name and JSON.
#[pyfunction]
fn _unpickle(py: Python<'_>, name: &str, json: &str) -> PyResult<Py<PyAny>> {
    fn load<T: for<'de> serde::Deserialize<'de>>(json: &str) -> PyResult<T> {
        serde_json::from_str(json).map_err(|e| PyValueError::new_err(e.to_string()))
    }
    use objects::*;
    Ok(match name {
        "Span" => Py::new(py, load::<PySpan>(json)?)?.into_any(),
        "Mention" => Py::new(py, load::<PyMention>(json)?)?.into_any(),
        "Actor" => Py::new(py, load::<PyActor>(json)?)?.into_any(),
        "Place" => Py::new(py, load::<PyPlace>(json)?)?.into_any(),
        "Sourcing" => Py::new(py, load::<PySourcing>(json)?)?.into_any(),
        "Statement" => Py::new(py, load::<PyStatement>(json)?)?.into_any(),
        "Quantity" => Py::new(py, load::<PyQuantity>(json)?)?.into_any(),
        "Event" => Py::new(py, load::<PyEvent>(json)?)?.into_any(),
        "TimeReference" => Py::new(py, load::<PyTimeReference>(json)?)?.into_any(),
        "Token" => Py::new(py, load::<PyToken>(json)?)?.into_any(),
        "Sentence" => Py::new(py, load::<PySentence>(json)?)?.into_any(),
        "Boilerplate" => Py::new(py, load::<PyBoilerplate>(json)?)?.into_any(),
        "Meta" => Py::new(py, load::<PyMeta>(json)?)?.into_any(),
        "Time" => Py::new(py, load::<time::PyTime>(json)?)?.into_any(),
        other => return Err(PyValueError::new_err(format!("unknown class {other:?}"))),
    })
}

/// The native part of the `newsgraph` package.
#[pymodule]
fn _newsgraph(m: &Bound<'_, PyModule>) -> PyResult<()> {
    m.add_function(wrap_pyfunction!(extract, m)?)?;
    m.add_function(wrap_pyfunction!(extract_many, m)?)?;
    m.add_function(wrap_pyfunction!(seed, m)?)?;
    m.add_function(wrap_pyfunction!(seed_article, m)?)?;
    m.add_function(wrap_pyfunction!(json_schema, m)?)?;
    m.add_function(wrap_pyfunction!(warm_up, m)?)?;
    m.add_function(wrap_pyfunction!(_unpickle, m)?)?;
    m.add_function(wrap_pyfunction!(view::_columns, m)?)?;
    m.add_function(wrap_pyfunction!(view::_column_types, m)?)?;
    m.add_class::<PyDocument>()?;
    m.add_class::<stream::DocumentStream>()?;
    m.add_class::<stream::PyFailure>()?;
    m.add_class::<objects::PySpan>()?;
    m.add_class::<objects::PyMention>()?;
    m.add_class::<objects::PyActor>()?;
    m.add_class::<objects::PyPlace>()?;
    m.add_class::<objects::PySourcing>()?;
    m.add_class::<objects::PyStatement>()?;
    m.add_class::<objects::PyQuantity>()?;
    m.add_class::<objects::PyEvent>()?;
    m.add_class::<objects::PyTimeReference>()?;
    m.add_class::<objects::PyToken>()?;
    m.add_class::<objects::PySentence>()?;
    m.add_class::<objects::PyBoilerplate>()?;
    m.add_class::<objects::PyMeta>()?;
    m.add_class::<time::PyTime>()?;
    m.add("SCHEMA", newsgraph::SCHEMA)?;
    m.add("__version__", env!("CARGO_PKG_VERSION"))?;
    Ok(())
}
