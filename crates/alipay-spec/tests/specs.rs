//! The real specs, `specs/common.toml` and the test-only `tests/specs/everything.toml` parse, and their
//! models hold what the files say.

use std::path::{Path, PathBuf};

use alipay_spec::{Common, Scalar, Spec, TypeRef, check_against_common, load_common, read_source};

fn workspace_file(relative: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..").join(relative)
}

fn load(relative: &str) -> Spec {
    let file = read_source(&workspace_file(relative), relative).unwrap_or_else(|errors| panic!("{errors}"));
    let spec = alipay_spec::parse_spec(&file).unwrap_or_else(|errors| panic!("{errors}"));
    let common = common();
    check_against_common(&spec, &file, &common).unwrap_or_else(|errors| panic!("{errors}"));
    spec
}

fn common() -> Common {
    load_common(&workspace_file("specs/common.toml"), "specs/common.toml").unwrap_or_else(|errors| panic!("{errors}"))
}

fn names<T>(items: &[T], name: impl Fn(&T) -> &str) -> Vec<&str> {
    items.iter().map(name).collect()
}

fn string() -> TypeRef {
    TypeRef::Scalar(Scalar::String)
}

#[test]
fn marketing_card_query() {
    let spec = load("specs/alipay.marketing.card.query.toml");
    assert_eq!(spec.method, "alipay.marketing.card.query");
    assert_eq!(spec.title, "会员卡查询");
    assert_eq!(
        names(&spec.request.fields, |f| &f.name),
        ["target_card_no", "target_card_no_type", "card_user_info", "ext_info"]
    );
    let card_no = &spec.request.fields[0];
    assert_eq!((card_no.ty.clone(), card_no.required, card_no.max_length), (string(), true, Some(32)));
    assert!(card_no.description.starts_with("操作卡号。\ntarget_card_no为业务卡号"));
    assert_eq!(card_no.example.as_deref(), Some("0000001"));
    assert_eq!(spec.request.fields[1].ty, TypeRef::Enum("TargetCardNoType".into()));
    assert_eq!(spec.request.fields[2].ty, TypeRef::Object("CardUserInfo".into()));
    assert!(!spec.request.fields[2].required);
    assert_eq!(spec.request.fields[3].example.as_deref(), Some("\"\""));

    assert_eq!(names(&spec.response.fields, |f| &f.name), ["card_info", "schema_url"]);
    assert_eq!(names(&spec.types, |t| &t.name), ["CardUserInfo", "MerchantCard", "MdCodeInfoDTO", "CardFrontTextDTO"]);
    let card = spec.object_type("MerchantCard").unwrap();
    assert_eq!(card.description, "商户卡信息");
    assert_eq!(card.fields.len(), 11);
    let open_date = card.fields.iter().find(|f| f.name == "open_date").unwrap();
    assert_eq!(open_date.ty, TypeRef::Scalar(Scalar::DateTime));
    let texts = card.fields.iter().find(|f| f.name == "front_text_list").unwrap();
    assert_eq!(texts.ty, TypeRef::Array(Box::new(TypeRef::Object("CardFrontTextDTO".into()))));
    assert_eq!((texts.max_length, texts.max_items), (Some(1024), Some(4)));
    let time_stamp = &spec.object_type("MdCodeInfoDTO").unwrap().fields[3];
    assert_eq!((time_stamp.name.as_str(), &time_stamp.ty), ("time_stamp", &TypeRef::Scalar(Scalar::Integer)));

    assert_eq!(names(&spec.enums, |e| &e.name), ["TargetCardNoType", "UserUniIdType", "CodeStatus"]);
    assert_eq!(names(&spec.enums[0].values, |v| &v.value), ["BIZ_CARD", "D_QR_CODE", "D_BAR_CODE"]);
    assert_eq!(spec.enums[0].values[1].description, "动态二维码(业务卡号对应的)");
    assert!(spec.enums[0].description.starts_with("卡号ID类型"));

    assert_eq!(
        names(&spec.errors, |e| &e.code),
        ["INVALID_PARAMETER", "SYSTEM_ERROR", "CARD_NOT_EXIT", "NO_CARD_TYPE"]
    );
    assert!(spec.errors.iter().all(|e| e.gateway_code == "40004"));
    assert_eq!(spec.errors[2].solution, "确认卡信息");

    let request: serde_json::Value = serde_json::from_str(spec.examples.request.as_deref().unwrap()).unwrap();
    assert_eq!(request["card_user_info"]["user_uni_id_type"], "UID");
    let response: serde_json::Value = serde_json::from_str(spec.examples.response.as_deref().unwrap()).unwrap();
    assert_eq!(response["alipay_marketing_card_query_response"]["card_info"]["mdcode_info"]["time_stamp"], 1496996459);
    assert!(spec.examples.error.as_deref().unwrap().contains("isp.unknow-error"));
}

#[test]
fn nfccard_send_answers_only_code_and_msg() {
    let spec = load("specs/alipay.commerce.transport.nfccard.send.toml");
    assert_eq!(spec.method, "alipay.commerce.transport.nfccard.send");
    assert_eq!(names(&spec.request.fields, |f| &f.name), ["issue_org_no", "card_no", "card_status"]);
    assert!(spec.response.fields.is_empty());
    assert!(spec.types.is_empty());
    assert_eq!(names(&spec.enums[0].values, |v| &v.value), ["FREEZE", "CANCEL"]);
    assert_eq!(names(&spec.errors, |e| &e.code), ["CARD_NOT_EXIST", "INVALID_PARAMETER"]);
}

#[test]
fn offline_material_image_upload_takes_parameters_and_a_file() {
    let spec = load("specs/alipay.offline.material.image.upload.toml");
    assert_eq!(spec.request_in, alipay_spec::RequestIn::Params);
    assert_eq!(spec.title, "上传门店照片和视频接口");
    assert_eq!(names(&spec.request.fields, |f| &f.name), ["image_type", "image_name", "image_content", "image_pid"]);
    let content = &spec.request.fields[2];
    assert_eq!(
        (content.ty.clone(), content.required, content.max_length),
        (TypeRef::Scalar(Scalar::File), true, Some(5 * 1024 * 1024))
    );
    assert_eq!(names(&spec.file_fields().collect::<Vec<_>>(), |f| &f.name), ["image_content"]);
    assert_eq!(names(&spec.response.fields, |f| &f.name), ["image_id", "image_url"]);
    assert_eq!(names(&spec.errors, |e| &e.code), ["INVALID_PARAMETER", "SYSTEM_ERROR"]);
    // The request example is the text parameters, with the required ones to match; no `not_found`.
    let example: serde_json::Value = serde_json::from_str(spec.examples.request.as_deref().unwrap()).unwrap();
    assert_eq!(example, serde_json::json!({"image_type": "jpg", "image_name": "海底捞"}));
    assert_eq!(spec.examples.not_found, None);
}

#[test]
fn common_codes() {
    let common = common();
    assert_eq!(
        names(&common.gateway_codes, |g| &g.code),
        ["10000", "20000", "20001", "40001", "40002", "40004", "40006"]
    );
    assert_eq!(common.gateway_codes[5].msg, "Business Failed");
    assert_eq!(common.sub_codes[0].code, "isp.unknow-error");
    assert_eq!(common.sub_codes[0].gateway_code, "20000");
    let signature = common.sub_codes.iter().find(|c| c.code == "isv.invalid-signature").unwrap();
    assert_eq!(signature.gateway_code, "40002");
    assert_eq!(signature.description, "无效签名");
    assert_eq!(common.sub_codes.len(), 28);
}

#[test]
fn everything() {
    let spec = load("tests/specs/everything.toml");
    assert_eq!(spec.method, "alipay.test.everything.query");
    let request = &spec.request.fields;
    assert_eq!(
        names(request, |f| &f.name),
        [
            "out_biz_no",
            "type",
            "amount",
            "discount",
            "page_size",
            "include_history",
            "start_time",
            "tags",
            "statuses",
            "filter"
        ]
    );
    let types: Vec<String> = request.iter().map(|f| f.ty.to_string()).collect();
    assert_eq!(
        types,
        [
            "string",
            "QueryType",
            "decimal",
            "decimal",
            "integer",
            "boolean",
            "datetime",
            "string[]",
            "CardStatus[]",
            "Filter"
        ]
    );
    assert_eq!((request[7].max_length, request[7].max_items), (Some(16), Some(10)));
    assert_eq!(alipay_spec::naming::field_ident(&request[1].name), "r#type");

    // Four levels of nesting: Response -> Owner -> Address -> GeoPoint.
    let owner = spec.object_type("Owner").unwrap();
    assert_eq!(names(&owner.fields, |f| &f.name), ["user_id", "self", "level", "address"]);
    assert_eq!(alipay_spec::naming::field_ident("self"), "self_");
    let address = spec.object_type("Address").unwrap();
    assert_eq!(address.fields[1].ty, TypeRef::Object("GeoPoint".into()));
    let geo = spec.object_type("GeoPoint").unwrap();
    assert!(geo.fields.iter().all(|f| f.required && f.ty == TypeRef::Scalar(Scalar::Decimal)));

    // Recursion through an array and through an optional field is allowed.
    let item = spec.object_type("Item").unwrap();
    assert_eq!(item.fields[4].ty, TypeRef::Array(Box::new(TypeRef::Object("Item".into()))));
    let category = spec.object_type("Category").unwrap();
    assert_eq!(
        (category.fields[1].ty.clone(), category.fields[1].required),
        (TypeRef::Object("Category".into()), false)
    );

    let level = spec.enum_type("Level").unwrap();
    let variants: Vec<String> = level.values.iter().map(|v| alipay_spec::naming::variant_name(&v.value)).collect();
    assert_eq!(variants, ["V1", "V2", "GoldMember"]);
    assert_eq!(names(&spec.errors, |e| &e.code), ["ORDER_NOT_EXIST", "acq.system-error", "NO_SOLUTION_GIVEN"]);
    assert_eq!(spec.errors[2].solution, "");

    // The examples use the declared fields.
    let request_example: serde_json::Value = serde_json::from_str(spec.examples.request.as_deref().unwrap()).unwrap();
    for key in request_example.as_object().unwrap().keys() {
        assert!(request.iter().any(|f| &f.name == key), "request example key `{key}` is not a field");
    }
    let response_example: serde_json::Value = serde_json::from_str(spec.examples.response.as_deref().unwrap()).unwrap();
    let node = &response_example[alipay_spec::naming::response_key(&spec.method)];
    for key in node.as_object().unwrap().keys().filter(|k| *k != "code" && *k != "msg") {
        assert!(spec.response.fields.iter().any(|f| &f.name == key), "response example key `{key}` is not a field");
    }
}

#[test]
fn the_format_documents_examples_that_parse() {
    let doc = std::fs::read_to_string(workspace_file("docs/spec-format.md")).unwrap();
    let blocks: Vec<&str> = doc.split("```toml\n").skip(1).map(|block| block.split("```").next().unwrap()).collect();
    assert_eq!(blocks.len(), 3);
    let spec = alipay_spec::parse_spec(&alipay_spec::SourceFile::new("docs/spec-format.md", blocks[0]))
        .unwrap_or_else(|errors| panic!("{errors}"));
    assert_eq!(names(&spec.types, |t| &t.name), ["MerchantCard", "CardFrontTextDTO"]);
    let upload = alipay_spec::parse_spec(&alipay_spec::SourceFile::new("docs/spec-format.md", blocks[1]))
        .unwrap_or_else(|errors| panic!("{errors}"));
    assert_eq!(upload.request_in, alipay_spec::RequestIn::Params);
    assert_eq!(upload.request.fields[1].ty, TypeRef::Scalar(Scalar::File));
    let common = alipay_spec::parse_common(&alipay_spec::SourceFile::new("docs/spec-format.md", blocks[2]))
        .unwrap_or_else(|errors| panic!("{errors}"));
    assert_eq!(common.sub_codes[0].gateway_code, "40002");
}
