//! Reading spec files from disk, with I/O errors as [`Diagnostic`]s.

use std::path::Path;

use crate::diagnostic::{Diagnostic, Diagnostics};
use crate::model::{Common, Spec};
use crate::source::SourceFile;

/// Reads the file at `path`; errors show `display` as its path (e.g. `specs/x.toml`, relative to the crate).
pub fn read_source(path: &Path, display: &str) -> Result<SourceFile, Diagnostics> {
    match std::fs::read_to_string(path) {
        Ok(text) => Ok(SourceFile::new(display, text)),
        Err(error) => Err(Diagnostics::from(
            Diagnostic::whole_file(display, format!("cannot read the spec file: {error}"))
                .with_help(format!("the file is looked for at `{}`", path.display())),
        )),
    }
}

/// Reads and checks the method spec at `path`.
pub fn load_spec(path: &Path, display: &str) -> Result<Spec, Diagnostics> {
    crate::parse_spec(&read_source(path, display)?)
}

/// Reads and checks the common spec (`specs/common.toml`) at `path`.
pub fn load_common(path: &Path, display: &str) -> Result<Common, Diagnostics> {
    crate::parse_common(&read_source(path, display)?)
}
