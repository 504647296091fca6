//! Bundles the workspace's specs (`specs/*.toml`) into the binary: writes `bundled_specs.rs` into
//! `OUT_DIR`, one `include_str!` per file, sorted by file name, so `alipay spec list`, `show`, `expand`
//! and `call` know every method the SDK knows without reading the source tree at run time.

use std::fmt::Write as _;
use std::path::PathBuf;

fn main() {
    let manifest_dir = PathBuf::from(std::env::var_os("CARGO_MANIFEST_DIR").expect("cargo sets CARGO_MANIFEST_DIR"));
    let specs_dir = manifest_dir.join("../../specs");
    println!("cargo::rerun-if-changed={}", specs_dir.display());

    let mut files: Vec<PathBuf> = std::fs::read_dir(&specs_dir)
        .unwrap_or_else(|error| panic!("cannot read the specs folder {}: {error}", specs_dir.display()))
        .map(|entry| entry.expect("a readable entry of the specs folder").path())
        .filter(|path| path.extension().is_some_and(|extension| extension == "toml"))
        .collect();
    files.sort();

    let mut out = String::from("/// Every spec file of the workspace's `specs/` folder: (file name, text), sorted by file name.\n");
    out.push_str("pub(crate) const FILES: &[(&str, &str)] = &[\n");
    for path in &files {
        println!("cargo::rerun-if-changed={}", path.display());
        let name = path.file_name().and_then(|name| name.to_str()).expect("spec file names are UTF-8");
        let absolute = path.canonicalize().expect("an existing spec file");
        writeln!(out, "    ({name:?}, include_str!({:?})),", absolute.display().to_string()).unwrap();
    }
    out.push_str("];\n");

    let out_dir = PathBuf::from(std::env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    std::fs::write(out_dir.join("bundled_specs.rs"), out).expect("OUT_DIR is writable");
}
