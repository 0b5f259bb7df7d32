//! Reading Python arguments (text as str or bytes, dates as date/datetime/str, records as
//! dicts) into newsgraph articles.

use chrono::NaiveDate;
use newsgraph::{Article, Error};
use pyo3::exceptions::PyTypeError;
use pyo3::prelude::*;
use pyo3::types::{PyBytes, PyDate, PyDateAccess, PyDateTime, PyMapping, PyString};

/// Reads text given as `str` or UTF-8 `bytes`.
pub fn text(obj: &Bound<'_, PyAny>) -> PyResult<Result<String, Error>> {
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(Ok(s.extract::<String>()?));
    }
    if let Ok(b) = obj.cast::<PyBytes>() {
        return Ok(newsgraph::text::input::decode_utf8(b.as_bytes()).map(str::to_string));
    }
    Err(PyTypeError::new_err(format!(
        "text must be str or bytes, not {}",
        obj.get_type().name()?
    )))
}

/// Reads a publication date given as `datetime.date`, `datetime.datetime` or an ISO string.
pub fn date(obj: Option<&Bound<'_, PyAny>>) -> PyResult<Result<Option<NaiveDate>, Error>> {
    let Some(obj) = obj.filter(|o| !o.is_none()) else {
        return Ok(Ok(None));
    };
    if obj.is_instance_of::<PyDateTime>() || obj.is_instance_of::<PyDate>() {
        let d = obj.cast::<PyDate>()?;
        let (y, m, day) = (d.get_year(), d.get_month() as u32, d.get_day() as u32);
        return Ok(NaiveDate::from_ymd_opt(y, m, day)
            .ok_or_else(|| Error::InvalidDate {
                input: format!("{y}-{m}-{day}"),
                reason: "not a calendar date".into(),
            })
            .map(Some));
    }
    if let Ok(s) = obj.cast::<PyString>() {
        return Ok(newsgraph::parse_date(&s.extract::<String>()?).map(Some));
    }
    Err(PyTypeError::new_err(format!(
        "published must be a datetime.date or an ISO date string, not {}",
        obj.get_type().name()?
    )))
}

fn opt_str(m: &Bound<'_, PyMapping>, key: &str) -> PyResult<Option<String>> {
    match m.get_item(key) {
        Ok(v) if !v.is_none() => Ok(Some(v.str()?.extract::<String>()?)),
        _ => Ok(None),
    }
}

/// Reads one item of `extract_many`: a text (`str`/`bytes`) or a mapping with `text` and
/// optional `id`, `published` (or `date`), `title`, `outlet`, `url`. Returns the article or
/// the reason it is unusable, and its id when known.
pub fn record(obj: &Bound<'_, PyAny>) -> PyResult<(Option<String>, Result<Article, Error>)> {
    if obj.is_instance_of::<PyString>() || obj.is_instance_of::<PyBytes>() {
        return Ok((None, text(obj)?.map(Article::new)));
    }
    let Ok(m) = obj.cast::<PyMapping>() else {
        return Err(PyTypeError::new_err(format!(
            "extract_many items must be str, bytes or a mapping with a 'text' key, not {}",
            obj.get_type().name()?
        )));
    };
    let id = opt_str(m, "id")?;
    let Ok(t) = m.get_item("text") else {
        return Ok((
            id,
            Err(Error::InvalidRecord("record has no \"text\" key".into())),
        ));
    };
    let text = text(&t)?;
    let published_obj = match m.get_item("published") {
        Ok(v) if !v.is_none() => Some(v),
        _ => m.get_item("date").ok().filter(|v| !v.is_none()),
    };
    let published = date(published_obj.as_ref())?;
    let article = text.and_then(|text| {
        Ok(Article {
            text,
            id: id.clone(),
            title: opt_str(m, "title").ok().flatten(),
            outlet: opt_str(m, "outlet").ok().flatten(),
            url: opt_str(m, "url").ok().flatten(),
            published: published?,
        })
    });
    Ok((id, article))
}
