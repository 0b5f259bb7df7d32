//! The shipped JSON Schema is generated from the model types; this keeps it in sync.
//!
//! Regenerate with `NEWSGRAPH_WRITE_SCHEMA=1 cargo test -p newsgraph --features schema --test schema`.
#![cfg(feature = "schema")]

#[test]
fn shipped_schema_matches_the_types() {
    let mut schema = schemars::schema_for!(newsgraph::Document);
    schema.insert(
        "$id".into(),
        "https://github.com/newsgraph/newsgraph/schema/newsgraph-1.schema.json".into(),
    );
    schema.insert(
        "description".into(),
        "One document extracted by newsgraph (schema newsgraph/1). Offsets are Unicode code points into `text`, end exclusive.".into(),
    );
    let generated = serde_json::to_string_pretty(&schema).unwrap() + "\n";
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/schema/newsgraph-1.schema.json"
    );
    if std::env::var_os("NEWSGRAPH_WRITE_SCHEMA").is_some() {
        std::fs::write(path, &generated).unwrap();
    }
    assert_eq!(
        newsgraph::JSON_SCHEMA,
        generated,
        "the shipped schema is stale; regenerate it (see this file's header)"
    );
}
