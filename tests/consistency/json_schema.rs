//! The `factdiff/1` document against its published JSON Schema, `docs/factdiff-1.schema.json`:
//! the output of the real binary on the bundled articles and on a fixture folder validates;
//! the schema refuses a document with any one field removed or renamed, an unknown field, or
//! a value outside the contract; and `docs/json-schema.md` describes every field the schema has.

use serde_json::Value;
use std::collections::BTreeSet;
use std::path::Path;
use std::process::Command;

const ROOT: &str = env!("CARGO_MANIFEST_DIR");

/// The compiled schema.
struct Schema {
    schemas: boon::Schemas,
    index: boon::SchemaIndex,
}

impl Schema {
    fn load() -> Self {
        let path = Path::new(ROOT).join("docs/factdiff-1.schema.json");
        let text =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let json: Value =
            serde_json::from_str(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
        let mut schemas = boon::Schemas::new();
        let mut compiler = boon::Compiler::new();
        // The schema names its draft; compiling checks it against that draft's meta-schema.
        compiler
            .add_resource("factdiff-1.schema.json", json)
            .unwrap_or_else(|e| panic!("{}: {e:#}", path.display()));
        let index = compiler
            .compile("factdiff-1.schema.json", &mut schemas)
            .unwrap_or_else(|e| panic!("{}: {e:#}", path.display()));
        Self { schemas, index }
    }

    /// `None` when `doc` is valid, else the validator's account of why not.
    fn errors(&self, doc: &Value) -> Option<String> {
        self.schemas
            .validate(doc, self.index)
            .err()
            .map(|e| format!("{e}"))
    }
}

/// `factdiff report --format json ARGS…` run from the repository root, parsed.
fn report_json(args: &[&str]) -> Value {
    let out = Command::new(env!("CARGO_BIN_EXE_factdiff"))
        .current_dir(ROOT)
        .args(["report", "--format", "json", "-q"])
        .args(args)
        .output()
        .expect("run factdiff");
    assert!(
        out.status.success(),
        "factdiff report {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("the report is JSON")
}

fn bundled() -> Value {
    report_json(&[])
}

/// A folder of four articles whose findings include conflicts and quote variants.
fn fixture_folder() -> Value {
    report_json(&["tests/fixtures/invented"])
}

/// The shape of a JSON pointer: array indexes replaced by `*` (`/sources/*/paragraphs/*`).
fn shape(pointer: &[String]) -> String {
    pointer
        .iter()
        .map(|p| {
            if p.parse::<usize>().is_ok() {
                "/*".to_owned()
            } else {
                format!("/{p}")
            }
        })
        .collect()
}

/// The first object of each shape in `doc`, as (shape, path to it).
fn objects(doc: &Value) -> Vec<(String, Vec<String>)> {
    fn walk(
        v: &Value,
        path: &mut Vec<String>,
        seen: &mut BTreeSet<String>,
        out: &mut Vec<(String, Vec<String>)>,
    ) {
        match v {
            Value::Object(map) => {
                if seen.insert(shape(path)) {
                    out.push((shape(path), path.clone()));
                }
                for (k, child) in map {
                    path.push(k.clone());
                    walk(child, path, seen, out);
                    path.pop();
                }
            }
            Value::Array(items) => {
                for (i, child) in items.iter().enumerate() {
                    path.push(i.to_string());
                    walk(child, path, seen, out);
                    path.pop();
                }
            }
            _ => {}
        }
    }
    let mut out = Vec::new();
    walk(doc, &mut Vec::new(), &mut BTreeSet::new(), &mut out);
    out
}

fn object_at<'a>(doc: &'a mut Value, path: &[String]) -> &'a mut serde_json::Map<String, Value> {
    let mut v = doc;
    for p in path {
        v = match v {
            Value::Object(m) => m.get_mut(p).expect("path exists"),
            Value::Array(a) => a
                .get_mut(p.parse::<usize>().expect("index"))
                .expect("path exists"),
            _ => panic!("path runs through a scalar"),
        };
    }
    v.as_object_mut().expect("an object")
}

#[test]
fn bundled_output_is_valid() {
    let schema = Schema::load();
    if let Some(e) = schema.errors(&bundled()) {
        panic!("the bundled report does not match docs/factdiff-1.schema.json:\n{e}");
    }
}

#[test]
fn fixture_folder_output_is_valid() {
    let schema = Schema::load();
    if let Some(e) = schema.errors(&fixture_folder()) {
        panic!("the tests/fixtures/invented report does not match the schema:\n{e}");
    }
}

/// The two documents hold an object of every kind the document has, so the tests here check
/// every part of the schema against real output, not only the parts these articles happen to
/// produce.
#[test]
fn the_documents_exercise_every_object_of_the_schema() {
    let mut shapes = BTreeSet::new();
    for doc in [bundled(), fixture_folder()] {
        shapes.extend(objects(&doc).into_iter().map(|(s, _)| s));
    }
    for expected in [
        "",
        "/sources/*",
        "/sources/*/removed/*",
        "/sources/*/paragraphs/*",
        "/sources/*/paragraphs/*/sentences/*",
        "/sources/*/paragraphs/*/sentences/*/matches/*",
        "/claims/*",
        "/atoms/*",
        "/conflicts/*",
        "/conflicts/*/sides/*",
        "/omissions/*",
        "/alignment/*",
        "/quote_variants/*",
        "/quote_variants/*/renderings/*",
    ] {
        assert!(
            shapes.contains(expected),
            "no object at {expected:?} in the bundled or fixture output; the tests would not \
             check that part of the schema (shapes seen: {shapes:?})"
        );
    }
}

/// Removing any one field of any object, or renaming it, makes the document invalid: the
/// schema's `required` lists and closed objects cover every field the writer emits.
#[test]
fn a_removed_or_renamed_field_is_refused() {
    let schema = Schema::load();
    for doc in [bundled(), fixture_folder()] {
        assert_eq!(
            schema.errors(&doc),
            None,
            "the unmodified document is valid"
        );
        for (shape, path) in objects(&doc) {
            let pointer: String = path.iter().map(|p| format!("/{p}")).collect();
            let keys: Vec<String> = doc
                .pointer(&pointer)
                .and_then(Value::as_object)
                .map(|o| o.keys().cloned().collect())
                .unwrap_or_default();
            assert!(!keys.is_empty(), "object at {shape} has fields");
            for key in keys {
                let mut removed = doc.clone();
                object_at(&mut removed, &path).remove(&key);
                assert!(
                    schema.errors(&removed).is_some(),
                    "the schema accepts a document without {shape}/{key}"
                );
                let mut renamed = doc.clone();
                let obj = object_at(&mut renamed, &path);
                let value = obj.remove(&key).expect("key present");
                obj.insert(format!("{key}_renamed"), value);
                assert!(
                    schema.errors(&renamed).is_some(),
                    "the schema accepts {shape}/{key} renamed"
                );
            }
        }
    }
}

/// Values outside the contract are refused too: a changed schema name, an unknown atom kind or
/// conflict kind, a span that is not a pair, an id of the wrong form.
#[test]
fn values_outside_the_contract_are_refused() {
    let schema = Schema::load();
    let doc = fixture_folder();
    type Change = fn(&mut Value);
    let cases: &[(&str, Change)] = &[
        ("schema factdiff/2", |d| d["schema"] = "factdiff/2".into()),
        ("atom kind organisation", |d| {
            d["atoms"][0]["kind"] = "organisation".into()
        }),
        ("conflict about colour", |d| {
            d["conflicts"][0]["about"] = "colour".into()
        }),
        ("a span of three numbers", |d| {
            d["sources"][0]["paragraphs"][0]["span"] = serde_json::json!([0, 1, 2])
        }),
        ("a negative span start", |d| {
            d["sources"][0]["paragraphs"][0]["sentences"][0]["span"] = serde_json::json!([-1, 4])
        }),
        ("a sentence id without its paragraph", |d| {
            d["claims"][0]["sentences"][0] = "s1.1".into()
        }),
        ("a date that is not ISO", |d| {
            d["sources"][0]["date"] = "5 October 2026".into()
        }),
    ];
    for &(what, change) in cases {
        let mut bad = doc.clone();
        change(&mut bad);
        assert!(schema.errors(&bad).is_some(), "the schema accepts {what}");
    }
}

/// Every property the schema names is described in docs/json-schema.md (as `name`).
#[test]
fn every_schema_field_is_documented() {
    fn properties(v: &Value, out: &mut BTreeSet<String>) {
        match v {
            Value::Object(map) => {
                if let Some(Value::Object(props)) = map.get("properties") {
                    out.extend(props.keys().cloned());
                }
                map.values().for_each(|c| properties(c, out));
            }
            Value::Array(items) => items.iter().for_each(|c| properties(c, out)),
            _ => {}
        }
    }
    let read = |p: &str| {
        std::fs::read_to_string(Path::new(ROOT).join(p)).unwrap_or_else(|e| panic!("{p}: {e}"))
    };
    let schema: Value = serde_json::from_str(&read("docs/factdiff-1.schema.json")).expect("JSON");
    let doc = read("docs/json-schema.md");
    let mut names = BTreeSet::new();
    properties(&schema, &mut names);
    assert!(names.len() > 20, "the schema names its fields: {names:?}");
    let missing: Vec<&String> = names
        .iter()
        .filter(|n| !doc.contains(&format!("`{n}`")))
        .collect();
    assert!(
        missing.is_empty(),
        "docs/json-schema.md does not describe {missing:?}"
    );
}
