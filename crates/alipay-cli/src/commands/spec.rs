//! `alipay spec list | check | show | expand`.

use std::path::{Path, PathBuf};

use alipay_spec::{Common, EnumType, ErrorCode, Field, ObjectType, RequestIn, Spec, TypeRef};

use crate::cli::SpecCommand;
use crate::failure::{Failure, Outcome};
use crate::specs;

/// Runs `alipay spec ...`.
pub fn run(command: &SpecCommand) -> Outcome {
    match command {
        SpecCommand::List => list(),
        SpecCommand::Check { files, common } => check(files, common.as_deref()),
        SpecCommand::Show { spec, all_codes, common } => {
            let common = specs::common(common.as_deref())?;
            let spec = specs::resolve(spec, &common)?;
            outln!("{}", show(&spec, &common, *all_codes).trim_end());
            Ok(())
        }
        SpecCommand::Expand { spec, common } => {
            let common = specs::common(common.as_deref())?;
            let spec = specs::resolve(spec, &common)?;
            let code = alipay_codegen::expand_pretty(&spec, &common, &alipay_codegen::Options::default()).map_err(
                |error| Failure::input(format!("the expansion of `{}` is not valid Rust: {error}", spec.method)),
            )?;
            outln!("{}", code.trim_end());
            Ok(())
        }
    }
}

/// One line per bundled method: its name and title.
fn list() -> Outcome {
    let common = specs::bundled_common()?;
    let mut rows = Vec::new();
    for bundled in specs::bundled_methods() {
        let spec = specs::check_method(&specs::bundled_source(bundled), &common)
            .map_err(|errors| specs::diagnostics_failure(&errors))?;
        rows.push((spec.method, spec.title));
    }
    let width = rows.iter().map(|(method, _)| method.len()).max().unwrap_or(0);
    for (method, title) in rows {
        outln!("{method:width$}  {title}");
    }
    Ok(())
}

/// Checks each file as the attribute would, printing `ok: FILE (method)` or its diagnostics; fails (exit 2)
/// when any file has errors, after checking them all.
fn check(files: &[PathBuf], common_path: Option<&Path>) -> Outcome {
    // The common spec the others are checked against: --common, else a common.toml among the files, else
    // the bundled one. When it is given, it is checked too, first.
    let common_path = common_path.or_else(|| files.iter().map(PathBuf::as_path).find(|path| is_common(path)));
    let mut all: Vec<&Path> = files.iter().map(PathBuf::as_path).collect();
    if let Some(path) = common_path.filter(|path| !all.contains(path)) {
        all.insert(0, path);
    }
    let common = match common_path {
        Some(path) => specs::source_file(path).ok().and_then(|file| alipay_spec::parse_common(&file).ok()),
        None => Some(specs::bundled_common()?),
    };

    let (mut failed, mut errors) = (0usize, 0usize);
    for path in all {
        let checked = specs::source_file(path).map(|file| {
            if Some(path) == common_path || is_common(path) {
                alipay_spec::parse_common(&file).map(|_| "the common spec".to_owned())
            } else {
                match &common {
                    Some(common) => specs::check_method(&file, common).map(|spec| spec.method),
                    // The common spec has errors of its own: check what can be checked without it.
                    None => alipay_spec::parse_spec(&file).map(|spec| spec.method),
                }
            }
        });
        match checked {
            Ok(Ok(what)) => outln!("ok: {} ({what})", path.display()),
            Ok(Err(diagnostics)) => {
                failed += 1;
                errors += diagnostics.len();
                errln!("{diagnostics}\n");
            }
            Err(failure) => {
                failed += 1;
                errors += 1;
                errln!("error: {failure}\n");
            }
        }
    }
    if failed == 0 {
        return Ok(());
    }
    let files_noun = if failed == 1 { "file" } else { "files" };
    let errors_noun = if errors == 1 { "error" } else { "errors" };
    Err(Failure::input(format!("{errors} {errors_noun} in {failed} spec {files_noun}")))
}

/// Whether a file is a common spec, by its name.
fn is_common(path: &Path) -> bool {
    path.file_name().is_some_and(|name| name == specs::COMMON_FILE)
}

/// A readable tree of a spec: fields with their types and rules, nested types in place, enumerations
/// with their values, error codes with descriptions and solutions.
pub fn show(spec: &Spec, common: &Common, all_codes: bool) -> String {
    let mut out = String::new();
    out.push_str(&format!("{} — {}\n", spec.method, spec.title.trim()));
    push_text(&mut out, "", "", &spec.description);
    out.push_str(&format!("response node: {}\n", alipay_spec::naming::response_key(&spec.method)));

    out.push_str(match spec.request_in {
        RequestIn::BizContent => "\nRequest (biz_content)\n",
        RequestIn::Params => "\nRequest (request parameters beside the common ones; files as multipart parts)\n",
    });
    tree(&mut out, spec, &spec.request, "", &mut Vec::new());
    out.push_str("\nResponse (beside code and msg)\n");
    tree(&mut out, spec, &spec.response, "", &mut Vec::new());

    if !spec.enums.is_empty() {
        out.push_str("\nEnumerations\n");
        for enumeration in &spec.enums {
            enum_values(&mut out, enumeration);
        }
    }

    out.push_str("\nError codes (sub_code)\n");
    if spec.errors.is_empty() {
        out.push_str("  (the method lists no business codes of its own)\n");
    }
    error_codes(&mut out, &spec.errors);
    if all_codes {
        out.push_str("\nCommon codes (specs/common.toml)\n");
        error_codes(&mut out, &common.sub_codes);
    } else {
        out.push_str(&format!(
            "  and {} common codes every method can answer (isv.invalid-signature ...): --all-codes lists them\n",
            common.sub_codes.len()
        ));
    }
    out
}

/// The fields of `object`, each with its nested type's fields below it. `path` holds the object types
/// being expanded, so a recursive type is shown once.
fn tree(out: &mut String, spec: &Spec, object: &ObjectType, prefix: &str, path: &mut Vec<String>) {
    if object.fields.is_empty() {
        out.push_str(&format!("{prefix}└── (no fields)\n"));
        return;
    }
    for (index, field) in object.fields.iter().enumerate() {
        let last = index + 1 == object.fields.len();
        let (branch, below) = if last { ("└── ", "    ") } else { ("├── ", "│   ") };
        out.push_str(&format!("{prefix}{branch}{}\n", field_line(spec, field)));
        let child_prefix = format!("{prefix}{below}");
        // The text of a field with nested fields below it keeps the tree's line going down to them.
        let nested = matches!(field.ty.item(), TypeRef::Object(_));
        let text_prefix = format!("{child_prefix}{}", if nested { "│   " } else { "    " });
        push_text(out, &text_prefix, &text_prefix, &field.description);
        if let Some(example) = &field.example {
            out.push_str(&format!("{text_prefix}example: {example}\n"));
        }
        if let TypeRef::Object(name) = field.ty.item() {
            if path.contains(name) {
                out.push_str(&format!("{child_prefix}└── ({name}, shown above)\n"));
            } else if let Some(nested) = spec.object_type(name) {
                path.push(name.clone());
                tree(out, spec, nested, &child_prefix, path);
                path.pop();
            }
        }
    }
}

/// `name: type, required, rules`.
fn field_line(spec: &Spec, field: &Field) -> String {
    let mut line = format!("{}: {}", field.name, field.ty);
    let kind = match field.ty.item() {
        TypeRef::Enum(name) => spec.enum_type(name).map(|enumeration| {
            let values: Vec<&str> = enumeration.values.iter().map(|value| value.value.as_str()).collect();
            format!(" (one of {})", values.join(", "))
        }),
        TypeRef::Object(_) => Some(" (object)".to_owned()),
        _ => None,
    };
    line.push_str(&kind.unwrap_or_default());
    line.push_str(if field.required { ", required" } else { ", optional" });
    if let Some(max) = field.max_length {
        let each = if field.ty.is_array() { " each" } else { "" };
        line.push_str(&format!(", max length {max}{each}"));
    }
    if let Some(max) = field.max_items {
        line.push_str(&format!(", max {max} items"));
    }
    line
}

fn enum_values(out: &mut String, enumeration: &EnumType) {
    out.push_str(&format!("  {}\n", enumeration.name));
    let width = enumeration.values.iter().map(|value| value.value.len()).max().unwrap_or(0);
    for value in &enumeration.values {
        out.push_str(&format!("    {:width$}  {}\n", value.value, value.description.trim()));
    }
}

fn error_codes(out: &mut String, codes: &[ErrorCode]) {
    for code in codes {
        out.push_str(&format!("  {} (code {})\n", code.code, code.gateway_code));
        push_text(out, "      ", "      ", &code.description);
        if !code.solution.trim().is_empty() {
            push_text(out, "      solution: ", "                ", &code.solution);
        }
    }
}

/// Each line of `text`, the first after `first`, the others after `rest`; nothing for empty text.
fn push_text(out: &mut String, first: &str, rest: &str, text: &str) {
    for (index, line) in text.trim().lines().filter(|line| !line.trim().is_empty()).enumerate() {
        let lead = if index == 0 { first } else { rest };
        out.push_str(&format!("{lead}{}\n", line.trim_end()));
    }
}
