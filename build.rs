//! Declares one module per spec in `specs/`: adding a method is adding its spec file.
//!
//! For every `specs/<method>.toml` (except `common.toml`) this writes
//! `#[alipay_api(method = "<method>")] pub mod <module> {}` into `$OUT_DIR/methods.rs`, and the table of
//! bundled specs that tools (the `alipay` command, the stand-in gateway) read.

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

    let mut out = String::new();
    let mut table = String::new();
    for method in &methods {
        let module = alipay_spec::naming::module_name(method);
        let path = specs_dir.join(format!("{method}.toml"));
        let _ = writeln!(out, "#[alipay_api(method = {method:?})]\npub mod {module} {{}}\n");
        let _ = writeln!(
            table,
            "    BundledSpec {{ method: {method:?}, module: {module:?}, toml: include_str!({:?}) }},",
            path.display().to_string()
        );
    }
    let common = specs_dir.join("common.toml");
    let _ = write!(
        out,
        "/// The specs this crate's methods are generated from, as TOML text: for tools that work on any method\n\
         /// (the `alipay` command, the stand-in gateway).\n\
         pub mod specs {{\n\
         \x20   /// One method's spec.\n\
         \x20   #[derive(Debug, Clone, Copy)]\n\
         \x20   pub struct BundledSpec {{\n\
         \x20       /// The method name, e.g. `alipay.marketing.card.query`.\n\
         \x20       pub method: &'static str,\n\
         \x20       /// The module of this crate that holds its types, e.g. `marketing_card_query`.\n\
         \x20       pub module: &'static str,\n\
         \x20       /// The spec file's text.\n\
         \x20       pub toml: &'static str,\n\
         \x20   }}\n\n\
         \x20   /// Every method's spec, sorted by method name.\n\
         \x20   pub const ALL: &[BundledSpec] = &[\n{table}    ];\n\n\
         \x20   /// `specs/common.toml`: the gateway codes and the common `sub_code`s.\n\
         \x20   pub const COMMON: &str = include_str!({:?});\n\n\
         \x20   /// The spec of `method`, if this crate has it.\n\
         \x20   pub fn find(method: &str) -> Option<&'static BundledSpec> {{\n\
         \x20       ALL.iter().find(|spec| spec.method == method)\n\
         \x20   }}\n\
         }}\n",
        common.display().to_string()
    );
    let out_dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(Path::new(&out_dir).join("methods.rs"), out).expect("OUT_DIR is writable");
}
