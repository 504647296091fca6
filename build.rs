//! Declares one module per spec in `specs/`: adding a method is adding its spec file.
//!
//! For every `specs/<method>.toml` (except `common.toml`) this writes
//! `#[alipay_api(method = "<method>")] pub mod <module> {}` into `$OUT_DIR/methods.rs`, and its entry of
//! [`specs::ALL`] (the bundled specs that tools such as the `alipay` command and the stand-in gateway read) into
//! `$OUT_DIR/bundled_specs.rs`.

use std::fmt::Write as _;
use std::path::Path;

fn main() {
    let manifest_dir = std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR");
    let specs_dir = Path::new(&manifest_dir).join("specs");
    println!("cargo::rerun-if-changed=specs");

    let mut methods: Vec<String> = std::fs::read_dir(&specs_dir)
        .unwrap_or_else(|error| panic!("cannot read {}: {error}", specs_dir.display()))
        .filter_map(|entry| entry.ok()?.file_name().into_string().ok())
        .filter_map(|name| name.strip_suffix(".toml").map(str::to_owned))
        .filter(|name| name != "common")
        .collect();
    methods.sort();

    let mut modules = String::new();
    let mut table = String::from("[\n");
    for method in &methods {
        let module = alipay_spec::naming::module_name(method);
        let path = specs_dir.join(format!("{method}.toml"));
        let _ = writeln!(modules, "#[alipay_api(method = {method:?})]\npub mod {module} {{}}\n");
        let _ = writeln!(
            table,
            "    BundledSpec {{ method: {method:?}, module: {module:?}, toml: include_str!({:?}) }},",
            path.display().to_string()
        );
    }
    table.push(']');
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    for (name, text) in [("methods.rs", modules), ("bundled_specs.rs", table)] {
        std::fs::write(Path::new(&out_dir).join(name), text).expect("OUT_DIR is writable");
    }
}
