//! Maps newsgraph errors to the Python exception classes defined in `newsgraph.errors`.

use pyo3::exceptions::PyRuntimeError;
use pyo3::prelude::*;

/// The `newsgraph.errors` class that stands for an error code.
fn class_name(code: &str) -> &'static str {
    match code {
        "empty_text" | "blank_text" => "EmptyTextError",
        "invalid_utf8" => "InvalidUtf8Error",
        "binary" => "BinaryInputError",
        "markup" => "MarkupError",
        "too_large" => "TooLargeError",
        "invalid_date" => "InvalidDateError",
        "invalid_json" => "InvalidJsonError",
        "invalid_record" => "InvalidRecordError",
        "dictionary" => "DictionaryError",
        "io" => "NewsgraphIOError",
        "invalid_setting" => "InvalidSettingError",
        _ => "InternalError",
    }
}

/// Builds the Python exception for a newsgraph error (instantiated, not raised).
pub fn exception(py: Python<'_>, e: &newsgraph::Error) -> PyErr {
    let make = || -> PyResult<PyErr> {
        let module = py.import("newsgraph.errors")?;
        let cls = module.getattr(class_name(e.code()))?;
        let value = cls.call1((e.to_string(),))?;
        value.setattr("code", e.code())?;
        Ok(PyErr::from_value(value))
    };
    make().unwrap_or_else(|import_err| {
        PyRuntimeError::new_err(format!("{e} (and newsgraph.errors failed: {import_err})"))
    })
}

/// Converts a newsgraph result into a Python result.
pub fn check<T>(py: Python<'_>, r: newsgraph::Result<T>) -> PyResult<T> {
    r.map_err(|e| exception(py, &e))
}
