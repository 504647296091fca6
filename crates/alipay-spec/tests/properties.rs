//! Properties: line/column mapping agrees with a plain walk over the text, derived names are always
//! valid Rust identifiers, and no input makes the checker panic or point outside the file.

use alipay_spec::naming::{field_ident, is_field_name, variant_name};
use alipay_spec::{SourceFile, parse_common, parse_spec};
use proptest::prelude::*;

/// The line and column of `offset`, by walking every character from the start.
fn walk(text: &str, offset: usize) -> (usize, usize) {
    let (mut line, mut column) = (1, 1);
    for (index, c) in text.char_indices() {
        if index >= offset {
            break;
        }
        if c == '\n' {
            line += 1;
            column = 1;
        } else {
            column += 1;
        }
    }
    (line, column)
}

fn is_ident(text: &str) -> bool {
    syn::parse_str::<syn::Ident>(text).is_ok()
}

const SPEC: &str = include_str!("../../../specs/alipay.marketing.card.query.toml");

proptest! {
    #[test]
    fn line_col_agrees_with_a_walk(text in "[a-z会 \t\r\n=\"]{0,60}", pick in 0usize..100) {
        let file = SourceFile::new("x.toml", text.clone());
        let boundaries: Vec<usize> = text.char_indices().map(|(i, _)| i).chain([text.len()]).collect();
        let offset = boundaries[pick % boundaries.len()];
        let (line, column) = file.line_col(offset);
        prop_assert_eq!((line, column), walk(&text, offset));
        let line_text = file.line_text(line).unwrap();
        prop_assert_eq!(line_text, text.split('\n').nth(line - 1).map(|line| line.strip_suffix('\r').unwrap_or(line)).unwrap());
        if let Some(c) = text[offset..].chars().next().filter(|c| *c != '\n' && *c != '\r') {
            prop_assert_eq!(line_text.chars().nth(column - 1), Some(c));
        }
    }

    #[test]
    fn field_idents_are_rust_identifiers(name in "[a-z_][a-z0-9_]{0,10}|type|self|super|crate|match|async|gen|try") {
        prop_assume!(is_field_name(&name));
        let ident = field_ident(&name);
        prop_assert!(is_ident(&ident), "`{}` -> `{}`", name, ident);
        if !ident.starts_with("r#") && ident != name {
            prop_assert_eq!(ident, format!("{name}_"));
        }
    }

    #[test]
    fn variant_names_are_upper_camel_identifiers(value in "[A-Za-z0-9_.\\- 会]{0,16}|SELF|self|UNKNOWN") {
        let name = variant_name(&value);
        if value.chars().any(|c| c.is_ascii_alphanumeric()) {
            prop_assert!(is_ident(&name), "`{}` -> `{}`", value, name);
            prop_assert!(name.starts_with(|c: char| c.is_ascii_uppercase()), "`{}` -> `{}`", value, name);
            prop_assert!(name == "Self_" || name.chars().all(|c| c.is_ascii_alphanumeric()), "`{}` -> `{}`", value, name);
        } else {
            prop_assert_eq!(name, "");
        }
    }

    #[test]
    fn mangled_specs_never_panic_and_errors_point_inside_the_file(
        cuts in proptest::collection::vec((0usize..SPEC.len(), 0usize..40, "[\\[\\]=\"'a-z{} \n.]{0,3}"), 1..4),
    ) {
        let mut text = SPEC.to_owned();
        for (at, length, insert) in cuts {
            let mut at = at.min(text.len());
            while !text.is_char_boundary(at) { at -= 1; }
            let mut end = (at + length).min(text.len());
            while !text.is_char_boundary(end) { end -= 1; }
            text.replace_range(at..end, &insert);
        }
        let file = SourceFile::new("specs/x.toml", text.clone());
        for result in [parse_spec(&file).err(), parse_common(&file).err()] {
            for diagnostic in result.into_iter().flatten() {
                prop_assert!(diagnostic.span.start <= text.len());
                prop_assert_eq!(
                    diagnostic.source_line.as_deref(),
                    file.line_text(diagnostic.line),
                    "{}", diagnostic
                );
                prop_assert!(!diagnostic.to_string().is_empty());
            }
        }
    }
}
