//! Both real methods against their doc pages: the request example round-trips through `Request`, the
//! response and error examples decode, decoding survives what the platform may add later, and
//! validation reports every kind of bad input with the field's path.

use std::path::Path;

use alipay_apis::validate::{Validate, Validator};
use alipay_apis::{
    DateTime, Enumeration, GatewayCode, Method, SubCode as _, ValidationErrors, Violation, ViolationKind,
    commerce_transport_nfccard_send as nfccard_send, marketing_card_query as card_query,
};
use alipay_spec::{SourceFile, Spec, parse_spec};
use serde::Serialize;
use serde::de::DeserializeOwned;
use serde_json::Value;

/// The spec of `method`, read from `specs/`.
fn spec(method: &str) -> Spec {
    let display = format!("specs/{method}.toml");
    let text = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join(&display)).unwrap();
    parse_spec(&SourceFile::new(display, text)).unwrap_or_else(|errors| panic!("{errors}"))
}

/// JSON text without the whitespace between tokens (strings untouched).
fn minify(json: &str) -> String {
    let mut out = String::with_capacity(json.len());
    let (mut in_string, mut escaped) = (false, false);
    for c in json.chars() {
        if in_string {
            out.push(c);
            match c {
                _ if escaped => escaped = false,
                '\\' => escaped = true,
                '"' => in_string = false,
                _ => {}
            }
        } else if !c.is_whitespace() {
            in_string = c == '"';
            out.push(c);
        }
    }
    out
}

/// The request example decodes into `R` and serialises back to the same text, key order included.
fn assert_request_example_round_trips<R: Method + DeserializeOwned>(spec: &Spec) -> R {
    let example = spec.examples.request.as_deref().expect("the spec has a request example");
    let request: R = serde_json::from_str(example).unwrap();
    assert_eq!(serde_json::to_string(&request).unwrap(), minify(example));
    assert_eq!(Method::validate(&request), Ok(()), "the doc page's own example is valid");
    request
}

/// The node of a response body, by key.
fn node(body: &str, key: &str) -> Value {
    let body: Value = serde_json::from_str(body).unwrap();
    body.get(key).unwrap_or_else(|| panic!("no `{key}` in {body}")).clone()
}

/// The violations of a value, as `Validator` reports them from its root.
fn violations<T: Validate>(value: &T) -> Vec<Violation> {
    let mut validator = Validator::new();
    value.validate_into(&mut validator);
    validator.finish().err().map(|errors| errors.0).unwrap_or_default()
}

fn violation(path: &str, kind: ViolationKind) -> Violation {
    Violation { path: path.to_owned(), kind }
}

fn json<T: Serialize>(value: &T) -> String {
    serde_json::to_string(value).unwrap()
}

mod marketing_card_query {
    use super::*;
    use card_query::{
        CardFrontTextDTO, CardUserInfo, CodeStatus, MdCodeInfoDTO, MerchantCard, Request, Response, SubCode,
        TargetCardNoType, UserUniIdType,
    };

    const METHOD: &str = "alipay.marketing.card.query";

    #[test]
    fn constants_name_the_method_and_its_response_node() {
        assert_eq!(card_query::METHOD, METHOD);
        assert_eq!(card_query::RESPONSE_KEY, "alipay_marketing_card_query_response");
        assert_eq!(<Request as Method>::NAME, METHOD);
        assert_eq!(<Request as Method>::RESPONSE_KEY, card_query::RESPONSE_KEY);
    }

    #[test]
    fn the_request_example_round_trips() {
        let request: Request = assert_request_example_round_trips(&spec(METHOD));
        let user = CardUserInfo::new("2088302463082075", UserUniIdType::Uid);
        let expected = Request::new("0000001", TargetCardNoType::BizCard).card_user_info(user).ext_info("\"\"");
        assert_eq!(request, expected);
    }

    #[test]
    fn unset_optional_fields_are_left_out() {
        let request = Request::new("0000001", TargetCardNoType::DQrCode);
        assert_eq!(json(&request), r#"{"target_card_no":"0000001","target_card_no_type":"D_QR_CODE"}"#);
        let decoded: Request = serde_json::from_str(&json(&request)).unwrap();
        assert_eq!(decoded.card_user_info, None);
        assert_eq!(decoded.ext_info, None);
    }

    #[test]
    fn the_response_example_decodes() {
        let spec = spec(METHOD);
        let node = node(spec.examples.response.as_deref().unwrap(), card_query::RESPONSE_KEY);
        let response: Response = serde_json::from_value(node).unwrap();
        assert_eq!(response.schema_url, "alipays://platformapi/startapp?appId=20000021&b=m&p=111");
        let card = &response.card_info;
        assert_eq!(card.open_date, "2014-02-20 21:20:46".parse::<DateTime>().unwrap());
        assert_eq!(card.valid_date, "2020-02-20 21:20:46");
        assert_eq!(card.biz_card_no.as_deref(), Some("000001"));
        assert_eq!(card.balance.as_deref(), Some("124.89"));
        assert_eq!(card.front_text_list, Some(vec![CardFrontTextDTO::new().label("专业").value("金融贸易")]));
        let code = card.mdcode_info.as_ref().unwrap();
        assert_eq!(code.code_status, CodeStatus::Success);
        assert_eq!(code.time_stamp, 1496996459);
        assert_eq!(code.expire_time, Some("2017-06-09 16:25:53".parse().unwrap()));
        assert_eq!(code.code_value.as_deref(), Some("1KFCDY0002"));
    }

    #[test]
    fn the_error_example_decodes() {
        let spec = spec(METHOD);
        let node = node(spec.examples.error.as_deref().unwrap(), card_query::RESPONSE_KEY);
        assert_eq!(GatewayCode::from_code(node["code"].as_str().unwrap()), GatewayCode::ServiceUnavailable);
        let sub_code: SubCode = serde_json::from_value(node["sub_code"].clone()).unwrap();
        assert_eq!(sub_code, SubCode::IspUnknowError);
        assert_eq!(sub_code.description(), Some("服务暂不可用(业务系统不可用)"));
        assert_eq!(sub_code.solution(), Some("稍后重试"));
        assert_eq!(sub_code.to_string(), "isp.unknow-error");
    }

    #[test]
    fn unknown_fields_and_values_still_decode() {
        let node = r#"{
            "code": "10000", "msg": "Success", "added_later": {"x": [1, 2]},
            "schema_url": "alipays://x",
            "card_info": {
                "open_date": "2014-02-20 21:20:46", "valid_date": "长期", "new_field": true,
                "mdcode_info": {"code_status": "PAUSED", "time_stamp": "1496996459", "extra": null}
            }
        }"#;
        let response: Response = serde_json::from_str(node).unwrap();
        let code = response.card_info.mdcode_info.unwrap();
        assert_eq!(code.code_status, CodeStatus::Unknown("PAUSED".to_owned()));
        assert!(!code.code_status.is_known());
        assert_eq!(code.code_status.to_string(), "PAUSED");
        assert_eq!(code.time_stamp, 1496996459, "an integer sent as text decodes");
        assert_eq!(json(&code.code_status), r#""PAUSED""#, "an unknown value is sent back as received");

        let sub_code: SubCode = serde_json::from_str(r#""CARD_FROZEN""#).unwrap();
        assert_eq!(sub_code, SubCode::Unknown("CARD_FROZEN".to_owned()));
        assert_eq!(sub_code.info(), None);
        assert_eq!(sub_code.to_string(), "CARD_FROZEN");
    }

    #[test]
    fn decoding_still_rejects_what_breaks_the_spec() {
        let missing = serde_json::from_str::<Response>(r#"{"schema_url":"x"}"#).unwrap_err();
        assert!(missing.to_string().contains("missing field `card_info`"), "{missing}");
        let node = r#"{"schema_url":"x","card_info":{"open_date":"2014-02-20","valid_date":"x"}}"#;
        let bad_date = serde_json::from_str::<Response>(node).unwrap_err();
        assert!(bad_date.to_string().contains("yyyy-MM-dd HH:mm:ss"), "{bad_date}");
    }

    #[test]
    fn sub_codes_are_the_specs_then_the_common_ones() {
        let values = <SubCode as Enumeration>::VALUES;
        assert_eq!(&values[..4], ["INVALID_PARAMETER", "SYSTEM_ERROR", "CARD_NOT_EXIT", "NO_CARD_TYPE"]);
        assert_eq!(values[4], "isp.unknow-error");
        assert_eq!(values.last(), Some(&"isv.insufficient-user-permissions"));
        let info = <SubCode as alipay_apis::SubCode>::INFO;
        assert_eq!(info.len(), values.len());
        for (index, (value, info)) in values.iter().zip(info).enumerate() {
            assert_eq!(*value, info.code);
            let code = SubCode::from(*value);
            assert_eq!(code.known_index(), Some(index));
            assert_eq!(code.info(), Some(info));
        }
        let not_exit = SubCode::CardNotExit;
        assert_eq!((not_exit.description(), not_exit.solution()), (Some("会员卡不存在"), Some("确认卡信息")));
        assert_eq!(SubCode::IsvInvalidSignature.as_str(), "isv.invalid-signature");
    }

    #[test]
    fn every_enumeration_value_maps_to_its_variant_and_back() {
        for (index, value) in <TargetCardNoType as Enumeration>::VALUES.iter().enumerate() {
            let variant = TargetCardNoType::from(*value);
            assert_eq!(variant, TargetCardNoType::from_known_index(index));
            assert_eq!(variant.as_str(), *value);
            assert_eq!(serde_json::from_str::<TargetCardNoType>(&json(&variant)).unwrap(), variant);
        }
        assert_eq!(TargetCardNoType::DBarCode.to_string(), "D_BAR_CODE");
    }

    #[test]
    fn validation_reports_each_kind_of_bad_input_by_path() {
        let user = |id: &str, kind: UserUniIdType| CardUserInfo::new(id, kind);
        let request = |user: CardUserInfo| Request::new("0000001", TargetCardNoType::BizCard).card_user_info(user);

        let empty = request(user("", UserUniIdType::Uid));
        assert_eq!(violations(&empty), [violation("card_user_info.user_uni_id", ViolationKind::Empty)]);

        let long = request(user(&"2".repeat(33), UserUniIdType::Uid));
        assert_eq!(
            violations(&long),
            [violation("card_user_info.user_uni_id", ViolationKind::TooLong { max: 32, length: 33 })]
        );
        let just_fits = request(user(&"会".repeat(32), UserUniIdType::Uid));
        assert_eq!(violations(&just_fits), [], "lengths count characters, not bytes");

        let unknown = request(user("2088302463082075", UserUniIdType::from("OPEN_ID")));
        assert_eq!(
            violations(&unknown),
            [violation(
                "card_user_info.user_uni_id_type",
                ViolationKind::UnknownValue { value: "OPEN_ID".to_owned(), expected: &["UID"] }
            )]
        );

        let everything = Request::new("", TargetCardNoType::Unknown("CARD".to_owned()))
            .card_user_info(user("", UserUniIdType::Uid))
            .ext_info("x".repeat(1025));
        let errors: ValidationErrors = Method::validate(&everything).unwrap_err();
        let paths: Vec<&str> = errors.violations().iter().map(|violation| violation.path.as_str()).collect();
        assert_eq!(paths, ["target_card_no", "target_card_no_type", "card_user_info.user_uni_id", "ext_info"]);
    }

    #[test]
    fn validation_checks_arrays_and_objects_as_json() {
        let open = "2014-02-20 21:20:46".parse::<DateTime>().unwrap();
        let texts = (0..5).map(|_| CardFrontTextDTO::new().label("专业")).collect::<Vec<_>>();
        let mut card = MerchantCard::new(open, "2020").front_text_list(texts);
        assert_eq!(violations(&card), [violation("front_text_list", ViolationKind::TooManyItems { max: 4, count: 5 })]);

        card = card.front_text_list(vec![CardFrontTextDTO::new(), CardFrontTextDTO::new().label("五个字标签")]);
        assert_eq!(
            violations(&card),
            [violation("front_text_list[1].label", ViolationKind::TooLong { max: 4, length: 5 })]
        );

        let code = MdCodeInfoDTO::new(CodeStatus::Success, 1496996459).code_value("x".repeat(1100));
        card = MerchantCard::new(open, "2020").mdcode_info(code);
        let found = violations(&card);
        assert_eq!(found.len(), 2, "{found:?}");
        assert_eq!(found[0].path, "mdcode_info");
        assert!(matches!(found[0].kind, ViolationKind::TooLong { max: 1024, length } if length > 1100));
        assert_eq!(found[1], violation("mdcode_info.code_value", ViolationKind::TooLong { max: 128, length: 1100 }));

        let widest = MdCodeInfoDTO::new(CodeStatus::Success, i64::MIN);
        assert_eq!(violations(&widest), [], "`max_length = 20` fits every i64, sign included");
    }
}

mod commerce_transport_nfccard_send {
    use super::*;
    use nfccard_send::{CardStatus, Request, Response, SubCode};

    const METHOD: &str = "alipay.commerce.transport.nfccard.send";

    #[test]
    fn constants_name_the_method_and_its_response_node() {
        assert_eq!(nfccard_send::METHOD, METHOD);
        assert_eq!(<Request as Method>::RESPONSE_KEY, "alipay_commerce_transport_nfccard_send_response");
    }

    #[test]
    fn the_request_example_round_trips() {
        let request: Request = assert_request_example_round_trips(&spec(METHOD));
        assert_eq!(request, Request::new("12345678", "12345678", CardStatus::Cancel));
    }

    #[test]
    fn the_response_and_error_examples_decode() {
        let spec = spec(METHOD);
        let success = node(spec.examples.response.as_deref().unwrap(), nfccard_send::RESPONSE_KEY);
        let response: Response = serde_json::from_value(success).unwrap();
        assert_eq!(response, Response::new());

        let error = node(spec.examples.error.as_deref().unwrap(), nfccard_send::RESPONSE_KEY);
        let sub_code = SubCode::from(error["sub_code"].as_str().unwrap());
        assert_eq!(sub_code, SubCode::IspUnknowError);
        assert_eq!(sub_code.description(), Some("服务暂不可用(业务系统不可用)"));
    }

    #[test]
    fn the_methods_own_codes_come_first() {
        assert_eq!(SubCode::from("CARD_NOT_EXIST"), SubCode::CardNotExist);
        assert_eq!(SubCode::CardNotExist.known_index(), Some(0));
        assert_eq!(SubCode::CardNotExist.solution(), Some("请检查发卡机构代码和卡号是否正确"));
        assert_eq!(SubCode::from("isv.invalid-parameter"), SubCode::IsvInvalidParameter);
        assert_ne!(SubCode::InvalidParameter, SubCode::IsvInvalidParameter);
    }

    #[test]
    fn unknown_fields_and_values_still_decode() {
        let response: Response = serde_json::from_str(r#"{"code":"10000","msg":"Success","card_id":"1"}"#).unwrap();
        assert_eq!(response, Response::new());
        let request: Request =
            serde_json::from_str(r#"{"issue_org_no":"1","card_no":"2","card_status":"LOST","x":1}"#).unwrap();
        assert_eq!(request.card_status, CardStatus::Unknown("LOST".to_owned()));
    }

    #[test]
    fn validation_reports_each_kind_of_bad_input_by_path() {
        let request = Request::new("", "9".repeat(129), CardStatus::from("LOST"));
        assert_eq!(
            violations(&request),
            [
                violation("issue_org_no", ViolationKind::Empty),
                violation("card_no", ViolationKind::TooLong { max: 128, length: 129 }),
                violation(
                    "card_status",
                    ViolationKind::UnknownValue { value: "LOST".to_owned(), expected: &["FREEZE", "CANCEL"] }
                ),
            ]
        );
        assert_eq!(Method::validate(&Request::new("1", "2", CardStatus::Freeze)), Ok(()));
    }
}
