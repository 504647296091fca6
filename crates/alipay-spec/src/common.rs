//! `specs/common.toml`: the gateway codes and the common `sub_code`s every method shares.

use crate::diagnostic::Reporter;
use crate::model::{Common, ErrorCode, GatewayCode, Span, Spec};
use crate::naming;
use crate::parse::{Table, as_table, parse_toml, span_of};
use crate::suggest;
use crate::symbol;
use crate::validate;

/// Reads and checks `common.toml`. `None` only for a TOML syntax error.
pub(crate) fn parse_common(report: &mut Reporter<'_>) -> Option<Common> {
    let file = report.file();
    let root = parse_toml(&file.text, report)?;
    let top = Table { table: &root, span: Span::default(), what: "the common spec".to_owned() };
    top.check_keys(report, symbol::COMMON_KEYS);

    let gateway_codes: Vec<GatewayCode> =
        top.table(report, symbol::GATEWAY_CODES, "`[gateway_codes]`".to_owned(), true).map_or_else(Vec::new, |codes| {
            codes
                .table
                .iter()
                .filter_map(|(code, node)| {
                    let code_text = code.get_ref();
                    if code_text.is_empty() || !code_text.bytes().all(|b| b.is_ascii_digit()) {
                        report
                            .error(span_of(code), format!("gateway code `{code_text}` is not a number"))
                            .help("gateway codes are the numbers the gateway sends as `code`, like `40004`");
                    }
                    let table = as_table(report, code_text, node, format!("gateway code `{code_text}`"))?;
                    table.check_keys(report, symbol::GATEWAY_CODE_KEYS);
                    let msg = table.string(report, symbol::MSG, Some(("\"...\"", "the `msg` the gateway sends")));
                    let description = table.string(report, symbol::DESCRIPTION, Some(("\"...\"", "")));
                    Some(GatewayCode {
                        code: code_text.to_string(),
                        msg: msg.map(|m| m.value).unwrap_or_default(),
                        description: description.map(|d| d.value).unwrap_or_default(),
                    })
                })
                .collect()
        });

    let sub_codes: Vec<ErrorCode> =
        top.table(report, symbol::SUB_CODES, "`[sub_codes]`".to_owned(), true).map_or_else(Vec::new, |codes| {
            codes
                .table
                .iter()
                .filter_map(|(code, node)| {
                    let code_text = code.get_ref();
                    let table = as_table(report, code_text, node, format!("sub_code `{code_text}`"))?;
                    table.check_keys(report, symbol::SUB_CODE_KEYS);
                    let gateway_code = table.string(
                        report,
                        symbol::GATEWAY_CODE,
                        Some(("\"40002\"", "the gateway code this sub_code comes with")),
                    );
                    if let Some(gateway_code) = &gateway_code
                        && !gateway_codes.iter().any(|declared| declared.code == gateway_code.value)
                    {
                        let declared = gateway_codes.iter().map(|declared| declared.code.as_str());
                        let suggestion = suggest::nearest(&gateway_code.value, declared.clone());
                        report
                            .error(
                                gateway_code.span,
                                format!(
                                    "`{}` is not a declared gateway code{}",
                                    gateway_code.value,
                                    suggest::did_you_mean(suggestion)
                                ),
                            )
                            .help(format!("the declared gateway codes are {}", suggest::list(declared)));
                    }
                    let description = table.string(report, symbol::DESCRIPTION, Some(("\"...\"", "")));
                    let solution = table.string(report, symbol::SOLUTION, None);
                    Some(ErrorCode {
                        code: code_text.to_string(),
                        gateway_code: gateway_code.map(|g| g.value).unwrap_or_default(),
                        description: description.map(|d| d.value).unwrap_or_default(),
                        solution: solution.map(|s| s.value).unwrap_or_default(),
                        span: span_of(code),
                    })
                })
                .collect()
        });
    validate::variants(sub_codes.iter().map(|code| (code.code.as_str(), code.span)), "sub_code", "", report);
    Some(Common { gateway_codes, sub_codes })
}

/// Business codes of `spec` whose `SubCode` variant would be the same as a common code's.
pub(crate) fn check_against_common(spec: &Spec, common: &Common, report: &mut Reporter<'_>) {
    for error in &spec.errors {
        let name = naming::variant_name(&error.code);
        let Some(other) = common.sub_codes.iter().find(|common| naming::variant_name(&common.code) == name) else {
            continue;
        };
        let message = if other.code == error.code {
            format!("error code `{}` is already a common sub_code", error.code)
        } else {
            format!(
                "error code `{}` collides with the common sub_code `{}`: both are the variant `{name}`",
                error.code, other.code
            )
        };
        report.error(error.span, message).help(
            "a method's `SubCode` holds its own codes and the common ones, so each must have its own variant; \
             remove this one from `[errors]`",
        );
    }
}
