//! 会员卡查询 (`alipay.marketing.card.query`)
//!
//! 根据卡号或者持卡人信息查询会员卡信息
//!
//! `Request` is the `biz_content` to send, `Response` the answer of a successful call and `SubCode` the `sub_code` of a failed one.
const _: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/specs/alipay.marketing.card.query.toml"));
const _: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/specs/common.toml"));
/// The method name: `alipay.marketing.card.query`.
pub const METHOD: &str = "alipay.marketing.card.query";
/// The key of the signed response node: `alipay_marketing_card_query_response`.
pub const RESPONSE_KEY: &str = "alipay_marketing_card_query_response";
/// The request parameters (`biz_content`) of `alipay.marketing.card.query`.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct Request {
    /// 操作卡号。
    ///
    /// target_card_no为业务卡号,由开卡流程中,支付宝返回的业务卡号
    ///
    /// Required. At most 32 characters. Example: `0000001`.
    pub target_card_no: ::std::string::String,
    /// 卡号ID类型(会员卡查询,只能提供支付宝端的卡号)
    ///
    /// BIZ_CARD:支付宝卡号
    ///
    /// D_QR_CODE:动态二维码(业务卡号对应的)
    ///
    /// D_BAR_CODE:动态条码(业务卡号对应的)
    ///
    /// 如果卡号不空,则类型不能为空
    ///
    /// Required. At most 64 characters. Example: `BIZ_CARD`.
    pub target_card_no_type: TargetCardNoType,
    /// 用户信息 填写则作为附加条件查询
    ///
    /// Optional.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub card_user_info: ::core::option::Option<CardUserInfo>,
    /// 扩展信息,暂时没有
    ///
    /// Optional. At most 1024 characters. Example: `""`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub ext_info: ::core::option::Option<::std::string::String>,
}
impl Request {
    /// Creates a `Request` from its required fields; set the optional ones with the setters.
    pub fn new(
        target_card_no: impl ::core::convert::Into<::std::string::String>,
        target_card_no_type: TargetCardNoType,
    ) -> Self {
        Self {
            target_card_no: target_card_no.into(),
            target_card_no_type,
            card_user_info: ::core::option::Option::None,
            ext_info: ::core::option::Option::None,
        }
    }
    /// Sets `card_user_info`: 用户信息 填写则作为附加条件查询
    pub fn card_user_info(mut self, card_user_info: CardUserInfo) -> Self {
        self.card_user_info = ::core::option::Option::Some(card_user_info);
        self
    }
    /// Sets `ext_info`: 扩展信息,暂时没有
    pub fn ext_info(
        mut self,
        ext_info: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.ext_info = ::core::option::Option::Some(ext_info.into());
        self
    }
}
impl ::alipay_apis::__private::Validate for Request {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "target_card_no",
                &self.target_card_no,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(32),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "target_card_no_type",
                &self.target_card_no_type,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(64),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "card_user_info",
                &self.card_user_info,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "ext_info",
                &self.ext_info,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(1024),
                    max_items: ::core::option::Option::None,
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for Request {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// The answer of a successful `alipay.marketing.card.query` call: the response node's fields beside `code` and `msg`.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct Response {
    /// 商户卡信息
    ///
    /// Required.
    pub card_info: MerchantCard,
    /// 商户会员卡页面跳转到支付宝卡券详情页面的schema地址
    ///
    /// Required. At most 64 characters. Example: `alipays://platformapi/startapp?appId=20000021&b=m&p=111`.
    pub schema_url: ::std::string::String,
}
impl Response {
    /// Creates a `Response` from its fields.
    pub fn new(
        card_info: MerchantCard,
        schema_url: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            card_info,
            schema_url: schema_url.into(),
        }
    }
}
impl ::alipay_apis::__private::Validate for Response {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "card_info",
                &self.card_info,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "schema_url",
                &self.schema_url,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(64),
                    max_items: ::core::option::Option::None,
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for Response {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// 用户信息 填写则作为附加条件查询
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct CardUserInfo {
    /// 用户唯一标识, 根据user_id_type类型来定 (目前暂支持支付宝userId)
    ///
    /// 支付宝userId说明:支付宝用户号是以2088开头的16位纯数字组成
    ///
    /// Required. At most 32 characters. Example: `2088302463082075`.
    pub user_uni_id: ::std::string::String,
    /// ID类型:UID, 即传值UID即可
    ///
    /// Required. At most 32 characters. Example: `UID`.
    pub user_uni_id_type: UserUniIdType,
}
impl CardUserInfo {
    /// Creates a `CardUserInfo` from its fields.
    pub fn new(
        user_uni_id: impl ::core::convert::Into<::std::string::String>,
        user_uni_id_type: UserUniIdType,
    ) -> Self {
        Self {
            user_uni_id: user_uni_id.into(),
            user_uni_id_type,
        }
    }
}
impl ::alipay_apis::__private::Validate for CardUserInfo {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "user_uni_id",
                &self.user_uni_id,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(32),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "user_uni_id_type",
                &self.user_uni_id_type,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(32),
                    max_items: ::core::option::Option::None,
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for CardUserInfo {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// 商户卡信息
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct MerchantCard {
    /// 支付宝业务卡号
    ///
    /// 说明:
    ///
    /// 1、开卡成功后返回该参数,需要保存留用;
    ///
    /// 2、开卡/更新/删卡/查询卡接口请求中不需要传该参数;
    ///
    /// Optional. At most 32 characters. Example: `000001`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub biz_card_no: ::core::option::Option<::std::string::String>,
    /// 商户外部会员卡卡号
    ///
    /// 说明:
    ///
    /// 1、会员卡开卡接口,如果卡类型为外部会员卡,请求中则必须提供该参数;
    ///
    /// 2、更新、查询、删除等接口,请求中则不需要提供该参数值;
    ///
    /// Optional. At most 64 characters. Example: `EXT0001`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub external_card_no: ::core::option::Option<::std::string::String>,
    /// 会员卡开卡时间,格式为yyyy-MM-dd HH:mm:ss
    ///
    /// Required. At most 32 characters. Example: `2014-02-20 21:20:46`.
    pub open_date: ::alipay_apis::__private::DateTime,
    /// 会员卡有效期
    ///
    /// Required. At most 32 characters. Example: `2020-02-20 21:20:46`.
    pub valid_date: ::std::string::String,
    /// 会员卡等级(由商户自定义,并可以在卡模板创建时,定义等级信息)
    ///
    /// Optional. At most 64 characters. Example: `VIP1`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub level: ::core::option::Option<::std::string::String>,
    /// 会员卡积分,积分必须为数字型(可为浮点型,带2位小数点)
    ///
    /// Optional. At most 64 characters. Example: `88`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub point: ::core::option::Option<::std::string::String>,
    /// 资金卡余额,单位:元,精确到小数点后两位。
    ///
    /// Optional. At most 64 characters. Example: `124.89`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub balance: ::core::option::Option<::std::string::String>,
    /// 会员卡更换不同的卡模板(该参数仅用在会员卡更新接口中)
    ///
    /// Optional. At most 32 characters. Example: `20170308000000000058101000300045`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub template_id: ::core::option::Option<::std::string::String>,
    /// 商户动态码回传信息:
    ///
    /// 只用于当write_off_type核销类型为mdbarcode或mdqrcode时,商户调用卡更新接口回传动态码。
    ///
    /// Optional. At most 1024 characters as JSON.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub mdcode_info: ::core::option::Option<MdCodeInfoDTO>,
    /// 卡面文案列表,1项对应1行文案,最多只能传入4行文案;
    ///
    /// 单行文案展现分为左右两部分,左边对应label字段,右边对应value;
    ///
    /// 形如: 学院 新闻学院
    ///
    /// Optional. At most 4 items, each at most 1024 characters.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub front_text_list: ::core::option::Option<::std::vec::Vec<CardFrontTextDTO>>,
    /// 卡面展示图片的图片ID,通过接口(alipay.offline.material.image.upload)上传图片
    ///
    /// 这里预期展示的是个人照片;
    ///
    /// 图片说明:1M以内,格式bmp、png、jpeg、jpg、gif;
    ///
    /// 图片尺寸为230\*295px,可等比放大;
    ///
    /// Optional. At most 1024 characters. Example: `9fxnkgt0QFmqKAl5V2BqxQAAACMAAQED`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub front_image_id: ::core::option::Option<::std::string::String>,
}
impl MerchantCard {
    /// Creates a `MerchantCard` from its required fields; set the optional ones with the setters.
    pub fn new(
        open_date: ::alipay_apis::__private::DateTime,
        valid_date: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            biz_card_no: ::core::option::Option::None,
            external_card_no: ::core::option::Option::None,
            open_date,
            valid_date: valid_date.into(),
            level: ::core::option::Option::None,
            point: ::core::option::Option::None,
            balance: ::core::option::Option::None,
            template_id: ::core::option::Option::None,
            mdcode_info: ::core::option::Option::None,
            front_text_list: ::core::option::Option::None,
            front_image_id: ::core::option::Option::None,
        }
    }
    /// Sets `biz_card_no`: 支付宝业务卡号
    pub fn biz_card_no(
        mut self,
        biz_card_no: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.biz_card_no = ::core::option::Option::Some(biz_card_no.into());
        self
    }
    /// Sets `external_card_no`: 商户外部会员卡卡号
    pub fn external_card_no(
        mut self,
        external_card_no: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.external_card_no = ::core::option::Option::Some(external_card_no.into());
        self
    }
    /// Sets `level`: 会员卡等级(由商户自定义,并可以在卡模板创建时,定义等级信息)
    pub fn level(
        mut self,
        level: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.level = ::core::option::Option::Some(level.into());
        self
    }
    /// Sets `point`: 会员卡积分,积分必须为数字型(可为浮点型,带2位小数点)
    pub fn point(
        mut self,
        point: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.point = ::core::option::Option::Some(point.into());
        self
    }
    /// Sets `balance`: 资金卡余额,单位:元,精确到小数点后两位。
    pub fn balance(
        mut self,
        balance: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.balance = ::core::option::Option::Some(balance.into());
        self
    }
    /// Sets `template_id`: 会员卡更换不同的卡模板(该参数仅用在会员卡更新接口中)
    pub fn template_id(
        mut self,
        template_id: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.template_id = ::core::option::Option::Some(template_id.into());
        self
    }
    /// Sets `mdcode_info`: 商户动态码回传信息:
    pub fn mdcode_info(mut self, mdcode_info: MdCodeInfoDTO) -> Self {
        self.mdcode_info = ::core::option::Option::Some(mdcode_info);
        self
    }
    /// Sets `front_text_list`: 卡面文案列表,1项对应1行文案,最多只能传入4行文案;
    pub fn front_text_list(
        mut self,
        front_text_list: ::std::vec::Vec<CardFrontTextDTO>,
    ) -> Self {
        self.front_text_list = ::core::option::Option::Some(front_text_list);
        self
    }
    /// Sets `front_image_id`: 卡面展示图片的图片ID,通过接口(alipay.offline.material.image.upload)上传图片
    pub fn front_image_id(
        mut self,
        front_image_id: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.front_image_id = ::core::option::Option::Some(front_image_id.into());
        self
    }
}
impl ::alipay_apis::__private::Validate for MerchantCard {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "biz_card_no",
                &self.biz_card_no,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(32),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "external_card_no",
                &self.external_card_no,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(64),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "open_date",
                &self.open_date,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(32),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "valid_date",
                &self.valid_date,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(32),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "level",
                &self.level,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(64),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "point",
                &self.point,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(64),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "balance",
                &self.balance,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(64),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "template_id",
                &self.template_id,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(32),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "mdcode_info",
                &self.mdcode_info,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(1024),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "front_text_list",
                &self.front_text_list,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(1024),
                    max_items: ::core::option::Option::Some(4),
                },
            );
        validator
            .field(
                "front_image_id",
                &self.front_image_id,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(1024),
                    max_items: ::core::option::Option::None,
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for MerchantCard {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// 商户动态码回传信息:
///
/// 只用于当write_off_type核销类型为mdbarcode或mdqrcode时,商户调用卡更新接口回传动态码。
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct MdCodeInfoDTO {
    /// 本次回传动态码的状态:
    ///
    /// SUCCESS: 本次发码成功
    ///
    /// FAIL_RETRY: 本次发码失败,且需要支付宝重试(重新通知商户发码)
    ///
    /// FAIL_NOT_RETRY: 本次发码失败,且无需支付宝重试(无需重新通知商户发码)
    ///
    /// Required. At most 14 characters. Example: `SUCCESS`.
    pub code_status: CodeStatus,
    /// 动态码的码值:
    ///
    /// code_status为SUCCESS时必填;
    ///
    /// 基于此码值生成条形码或二维码用于扫码核销。
    ///
    /// Optional. At most 128 characters. Example: `1KFCDY0002`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub code_value: ::core::option::Option<::std::string::String>,
    /// 当前动态码的过期(失效)时间:
    ///
    /// code_status为SUCCESS时必填。
    ///
    /// Optional. At most 19 characters. Example: `2017-06-09 16:25:53`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub expire_time: ::core::option::Option<::alipay_apis::__private::DateTime>,
    /// 商户回传动态码的时间戳。
    ///
    /// 即商户调接口回传动态码时刻对应的long类型时间戳,用于区分不同的发码请求。
    ///
    /// Required. At most 20 characters. Example: `1496996459`.
    #[serde(deserialize_with = "::alipay_apis::__private::lenient::i64")]
    pub time_stamp: i64,
}
impl MdCodeInfoDTO {
    /// Creates a `MdCodeInfoDTO` from its required fields; set the optional ones with the setters.
    pub fn new(code_status: CodeStatus, time_stamp: i64) -> Self {
        Self {
            code_status,
            code_value: ::core::option::Option::None,
            expire_time: ::core::option::Option::None,
            time_stamp,
        }
    }
    /// Sets `code_value`: 动态码的码值:
    pub fn code_value(
        mut self,
        code_value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.code_value = ::core::option::Option::Some(code_value.into());
        self
    }
    /// Sets `expire_time`: 当前动态码的过期(失效)时间:
    pub fn expire_time(
        mut self,
        expire_time: ::alipay_apis::__private::DateTime,
    ) -> Self {
        self.expire_time = ::core::option::Option::Some(expire_time);
        self
    }
}
impl ::alipay_apis::__private::Validate for MdCodeInfoDTO {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "code_status",
                &self.code_status,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(14),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "code_value",
                &self.code_value,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(128),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "expire_time",
                &self.expire_time,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(19),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "time_stamp",
                &self.time_stamp,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(20),
                    max_items: ::core::option::Option::None,
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for MdCodeInfoDTO {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// 卡面文案列表,1项对应1行文案,最多只能传入4行文案;
///
/// 单行文案展现分为左右两部分,左边对应label字段,右边对应value;
///
/// 形如: 学院 新闻学院
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::default::Default,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct CardFrontTextDTO {
    /// 文案标签
    ///
    /// Optional. At most 4 characters. Example: `专业`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub label: ::core::option::Option<::std::string::String>,
    /// 展示文案
    ///
    /// Optional. At most 32 characters. Example: `金融贸易`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub value: ::core::option::Option<::std::string::String>,
}
impl CardFrontTextDTO {
    /// Creates a `CardFrontTextDTO` with every field unset; set them with the setters.
    pub fn new() -> Self {
        Self {
            label: ::core::option::Option::None,
            value: ::core::option::Option::None,
        }
    }
    /// Sets `label`: 文案标签
    pub fn label(
        mut self,
        label: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.label = ::core::option::Option::Some(label.into());
        self
    }
    /// Sets `value`: 展示文案
    pub fn value(
        mut self,
        value: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.value = ::core::option::Option::Some(value.into());
        self
    }
}
impl ::alipay_apis::__private::Validate for CardFrontTextDTO {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "label",
                &self.label,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(4),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "value",
                &self.value,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(32),
                    max_items: ::core::option::Option::None,
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for CardFrontTextDTO {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// 卡号ID类型(会员卡查询,只能提供支付宝端的卡号)
///
/// BIZ_CARD:支付宝卡号
///
/// D_QR_CODE:动态二维码(业务卡号对应的)
///
/// D_BAR_CODE:动态条码(业务卡号对应的)
///
/// 如果卡号不空,则类型不能为空
///
/// A value the platform adds later decodes as `Unknown`, so decoding never fails on it.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
#[non_exhaustive]
pub enum TargetCardNoType {
    /// `BIZ_CARD`: 支付宝卡号
    BizCard,
    /// `D_QR_CODE`: 动态二维码(业务卡号对应的)
    DQrCode,
    /// `D_BAR_CODE`: 动态条码(业务卡号对应的)
    DBarCode,
    /// A value this version does not know, kept as sent.
    Unknown(::std::string::String),
}
impl ::alipay_apis::__private::Enumeration for TargetCardNoType {
    const VALUES: &'static [&'static str] = &["BIZ_CARD", "D_QR_CODE", "D_BAR_CODE"];
    fn known_index(&self) -> ::core::option::Option<usize> {
        match self {
            Self::BizCard => ::core::option::Option::Some(0),
            Self::DQrCode => ::core::option::Option::Some(1),
            Self::DBarCode => ::core::option::Option::Some(2),
            Self::Unknown(_) => ::core::option::Option::None,
        }
    }
    fn from_known_index(index: usize) -> Self {
        match index {
            0 => Self::BizCard,
            1 => Self::DQrCode,
            2 => Self::DBarCode,
            _ => Self::Unknown(::std::string::String::new()),
        }
    }
    fn from_unknown(value: ::std::string::String) -> Self {
        Self::Unknown(value)
    }
    fn unknown_text(&self) -> &str {
        match self {
            Self::Unknown(value) => value,
            _ => "",
        }
    }
}
impl ::alipay_apis::__private::serde::Serialize for TargetCardNoType {
    fn serialize<S: ::alipay_apis::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        ::alipay_apis::__private::enumeration::serialize(self, serializer)
    }
}
impl<'de> ::alipay_apis::__private::serde::Deserialize<'de> for TargetCardNoType {
    fn deserialize<D: ::alipay_apis::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::alipay_apis::__private::enumeration::deserialize(deserializer)
    }
}
impl ::core::fmt::Display for TargetCardNoType {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(::alipay_apis::__private::Enumeration::as_str(self))
    }
}
impl ::core::convert::From<&str> for TargetCardNoType {
    fn from(text: &str) -> Self {
        ::alipay_apis::__private::Enumeration::from_text(text)
    }
}
impl ::alipay_apis::__private::FieldValue for TargetCardNoType {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_enumeration(self, rules);
    }
}
/// ID类型:UID, 即传值UID即可
///
/// A value the platform adds later decodes as `Unknown`, so decoding never fails on it.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
#[non_exhaustive]
pub enum UserUniIdType {
    /// `UID`: 支付宝userId
    Uid,
    /// A value this version does not know, kept as sent.
    Unknown(::std::string::String),
}
impl ::alipay_apis::__private::Enumeration for UserUniIdType {
    const VALUES: &'static [&'static str] = &["UID"];
    fn known_index(&self) -> ::core::option::Option<usize> {
        match self {
            Self::Uid => ::core::option::Option::Some(0),
            Self::Unknown(_) => ::core::option::Option::None,
        }
    }
    fn from_known_index(index: usize) -> Self {
        match index {
            0 => Self::Uid,
            _ => Self::Unknown(::std::string::String::new()),
        }
    }
    fn from_unknown(value: ::std::string::String) -> Self {
        Self::Unknown(value)
    }
    fn unknown_text(&self) -> &str {
        match self {
            Self::Unknown(value) => value,
            _ => "",
        }
    }
}
impl ::alipay_apis::__private::serde::Serialize for UserUniIdType {
    fn serialize<S: ::alipay_apis::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        ::alipay_apis::__private::enumeration::serialize(self, serializer)
    }
}
impl<'de> ::alipay_apis::__private::serde::Deserialize<'de> for UserUniIdType {
    fn deserialize<D: ::alipay_apis::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::alipay_apis::__private::enumeration::deserialize(deserializer)
    }
}
impl ::core::fmt::Display for UserUniIdType {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(::alipay_apis::__private::Enumeration::as_str(self))
    }
}
impl ::core::convert::From<&str> for UserUniIdType {
    fn from(text: &str) -> Self {
        ::alipay_apis::__private::Enumeration::from_text(text)
    }
}
impl ::alipay_apis::__private::FieldValue for UserUniIdType {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_enumeration(self, rules);
    }
}
/// 本次回传动态码的状态:
///
/// SUCCESS: 本次发码成功
///
/// FAIL_RETRY: 本次发码失败,且需要支付宝重试(重新通知商户发码)
///
/// FAIL_NOT_RETRY: 本次发码失败,且无需支付宝重试(无需重新通知商户发码)
///
/// A value the platform adds later decodes as `Unknown`, so decoding never fails on it.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
#[non_exhaustive]
pub enum CodeStatus {
    /// `SUCCESS`: 本次发码成功
    Success,
    /// `FAIL_RETRY`: 本次发码失败,且需要支付宝重试(重新通知商户发码)
    FailRetry,
    /// `FAIL_NOT_RETRY`: 本次发码失败,且无需支付宝重试(无需重新通知商户发码)
    FailNotRetry,
    /// A value this version does not know, kept as sent.
    Unknown(::std::string::String),
}
impl ::alipay_apis::__private::Enumeration for CodeStatus {
    const VALUES: &'static [&'static str] = &["SUCCESS", "FAIL_RETRY", "FAIL_NOT_RETRY"];
    fn known_index(&self) -> ::core::option::Option<usize> {
        match self {
            Self::Success => ::core::option::Option::Some(0),
            Self::FailRetry => ::core::option::Option::Some(1),
            Self::FailNotRetry => ::core::option::Option::Some(2),
            Self::Unknown(_) => ::core::option::Option::None,
        }
    }
    fn from_known_index(index: usize) -> Self {
        match index {
            0 => Self::Success,
            1 => Self::FailRetry,
            2 => Self::FailNotRetry,
            _ => Self::Unknown(::std::string::String::new()),
        }
    }
    fn from_unknown(value: ::std::string::String) -> Self {
        Self::Unknown(value)
    }
    fn unknown_text(&self) -> &str {
        match self {
            Self::Unknown(value) => value,
            _ => "",
        }
    }
}
impl ::alipay_apis::__private::serde::Serialize for CodeStatus {
    fn serialize<S: ::alipay_apis::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        ::alipay_apis::__private::enumeration::serialize(self, serializer)
    }
}
impl<'de> ::alipay_apis::__private::serde::Deserialize<'de> for CodeStatus {
    fn deserialize<D: ::alipay_apis::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::alipay_apis::__private::enumeration::deserialize(deserializer)
    }
}
impl ::core::fmt::Display for CodeStatus {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(::alipay_apis::__private::Enumeration::as_str(self))
    }
}
impl ::core::convert::From<&str> for CodeStatus {
    fn from(text: &str) -> Self {
        ::alipay_apis::__private::Enumeration::from_text(text)
    }
}
impl ::alipay_apis::__private::FieldValue for CodeStatus {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_enumeration(self, rules);
    }
}
/// The `sub_code`s of `alipay.marketing.card.query`.
///
/// Its business error codes first (the doc page's 业务错误码), then the common codes any method may answer; a code the platform adds later decodes as `Unknown`. Each known code's description and solution are in `SubCode::INFO`, and `info()` gives them for one value.
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::core::cmp::Eq,
    ::core::hash::Hash
)]
#[non_exhaustive]
pub enum SubCode {
    /// `INVALID_PARAMETER`: 参数有误。 — 查看message定位问题
    InvalidParameter,
    /// `SYSTEM_ERROR`: 系统繁忙 — 系统错误,查看message获取实际错误原因
    SystemError,
    /// `CARD_NOT_EXIT`: 会员卡不存在 — 确认卡信息
    CardNotExit,
    /// `NO_CARD_TYPE`: 卡类型不正确 — 确认是否创建模板
    NoCardType,
    /// `isp.unknow-error`: 服务暂不可用(业务系统不可用) — 稍后重试
    IspUnknowError,
    /// `aop.unknow-error`: 服务暂不可用(网关自身的未知错误) — 稍后重试
    AopUnknowError,
    /// `aop.invalid-auth-token`: 无效的访问令牌 — 请刷新授权令牌或重新授权获取新的令牌
    AopInvalidAuthToken,
    /// `aop.auth-token-time-out`: 访问令牌已过期 — 请刷新授权令牌或重新授权获取新的令牌
    AopAuthTokenTimeOut,
    /// `aop.invalid-app-auth-token`: 无效的应用授权令牌 — 请刷新应用授权令牌或重新授权获取新的令牌
    AopInvalidAppAuthToken,
    /// `aop.invalid-app-auth-token-no-api`: 商户未授权当前接口 — 请重新授权获取新的应用授权令牌
    AopInvalidAppAuthTokenNoApi,
    /// `aop.app-auth-token-time-out`: 应用授权令牌已过期 — 请刷新应用授权令牌或重新授权获取新的令牌
    AopAppAuthTokenTimeOut,
    /// `isv.missing-method`: 缺少方法名参数 — 请求参数里面必须要有method参数
    IsvMissingMethod,
    /// `isv.missing-signature`: 缺少签名参数 — 检查请求参数,缺少sign参数
    IsvMissingSignature,
    /// `isv.missing-signature-type`: 缺少签名类型参数 — 检查请求参数,缺少sign_type参数
    IsvMissingSignatureType,
    /// `isv.missing-app-id`: 缺少appId参数 — 检查请求参数,缺少app_id参数
    IsvMissingAppId,
    /// `isv.missing-timestamp`: 缺少时间戳参数 — 检查请求参数,缺少timestamp参数
    IsvMissingTimestamp,
    /// `isv.missing-version`: 缺少版本参数 — 检查请求参数,缺少version参数
    IsvMissingVersion,
    /// `isv.invalid-parameter`: 参数无效 — 检查参数,格式不对、非法值、越界等
    IsvInvalidParameter,
    /// `isv.invalid-method`: 不存在的方法名 — 检查入参method是否正确
    IsvInvalidMethod,
    /// `isv.invalid-format`: 无效的数据格式 — 检查入参format,目前只支持json和xml 2种格式
    IsvInvalidFormat,
    /// `isv.invalid-signature-type`: 无效的签名类型 — 检查入参sign_type,目前只支持RSA,RSA2,HMAC_SHA1
    IsvInvalidSignatureType,
    /// `isv.invalid-signature`: 无效签名 — 检查签名串与签名原始字符串是否一致,以及应用私钥与平台上传的应用公钥是否匹配
    IsvInvalidSignature,
    /// `isv.invalid-encrypt-type`: 无效的加密类型 — 检查入参encrypt_type,目前只支持AES
    IsvInvalidEncryptType,
    /// `isv.invalid-encrypt`: 解密异常 — 检查AES密钥是否与平台配置一致,以及密文是否完整
    IsvInvalidEncrypt,
    /// `isv.invalid-app-cert-sn`: 无效的应用公钥证书序列号 — 检查入参app_cert_sn,应为开放平台下载的应用公钥证书(appCertPublicKey_应用ID.crt)的序列号
    IsvInvalidAppCertSn,
    /// `isv.invalid-alipay-root-cert-sn`: 无效的支付宝根证书序列号 — 检查入参alipay_root_cert_sn,应由开放平台下载的支付宝根证书(alipayRootCert.crt)计算得出
    IsvInvalidAlipayRootCertSn,
    /// `isv.invalid-app-id`: 无效的AppID参数 — 检查入参app_id,app_id不存在,或者未上线
    IsvInvalidAppId,
    /// `isv.invalid-timestamp`: 非法的时间戳参数 — 时间戳参数timestamp(yyyy-MM-dd HH:mm:ss)为北京时间,与网关时间相差不能超过15分钟
    IsvInvalidTimestamp,
    /// `isv.invalid-charset`: 字符集错误 — 请求参数charset目前只支持utf-8、gbk、gb2312
    IsvInvalidCharset,
    /// `isv.invalid-digest`: 摘要错误 — 检查请求参数,文件摘要参数必填
    IsvInvalidDigest,
    /// `isv.insufficient-isv-permissions`: ISV权限不足 — 请检查配置的账户是否有当前接口权限
    IsvInsufficientIsvPermissions,
    /// `isv.insufficient-user-permissions`: 用户权限不足 — 代理的用户对象没有权限
    IsvInsufficientUserPermissions,
    /// A value this version does not know, kept as sent.
    Unknown(::std::string::String),
}
impl ::alipay_apis::__private::Enumeration for SubCode {
    const VALUES: &'static [&'static str] = &[
        "INVALID_PARAMETER",
        "SYSTEM_ERROR",
        "CARD_NOT_EXIT",
        "NO_CARD_TYPE",
        "isp.unknow-error",
        "aop.unknow-error",
        "aop.invalid-auth-token",
        "aop.auth-token-time-out",
        "aop.invalid-app-auth-token",
        "aop.invalid-app-auth-token-no-api",
        "aop.app-auth-token-time-out",
        "isv.missing-method",
        "isv.missing-signature",
        "isv.missing-signature-type",
        "isv.missing-app-id",
        "isv.missing-timestamp",
        "isv.missing-version",
        "isv.invalid-parameter",
        "isv.invalid-method",
        "isv.invalid-format",
        "isv.invalid-signature-type",
        "isv.invalid-signature",
        "isv.invalid-encrypt-type",
        "isv.invalid-encrypt",
        "isv.invalid-app-cert-sn",
        "isv.invalid-alipay-root-cert-sn",
        "isv.invalid-app-id",
        "isv.invalid-timestamp",
        "isv.invalid-charset",
        "isv.invalid-digest",
        "isv.insufficient-isv-permissions",
        "isv.insufficient-user-permissions",
    ];
    fn known_index(&self) -> ::core::option::Option<usize> {
        match self {
            Self::InvalidParameter => ::core::option::Option::Some(0),
            Self::SystemError => ::core::option::Option::Some(1),
            Self::CardNotExit => ::core::option::Option::Some(2),
            Self::NoCardType => ::core::option::Option::Some(3),
            Self::IspUnknowError => ::core::option::Option::Some(4),
            Self::AopUnknowError => ::core::option::Option::Some(5),
            Self::AopInvalidAuthToken => ::core::option::Option::Some(6),
            Self::AopAuthTokenTimeOut => ::core::option::Option::Some(7),
            Self::AopInvalidAppAuthToken => ::core::option::Option::Some(8),
            Self::AopInvalidAppAuthTokenNoApi => ::core::option::Option::Some(9),
            Self::AopAppAuthTokenTimeOut => ::core::option::Option::Some(10),
            Self::IsvMissingMethod => ::core::option::Option::Some(11),
            Self::IsvMissingSignature => ::core::option::Option::Some(12),
            Self::IsvMissingSignatureType => ::core::option::Option::Some(13),
            Self::IsvMissingAppId => ::core::option::Option::Some(14),
            Self::IsvMissingTimestamp => ::core::option::Option::Some(15),
            Self::IsvMissingVersion => ::core::option::Option::Some(16),
            Self::IsvInvalidParameter => ::core::option::Option::Some(17),
            Self::IsvInvalidMethod => ::core::option::Option::Some(18),
            Self::IsvInvalidFormat => ::core::option::Option::Some(19),
            Self::IsvInvalidSignatureType => ::core::option::Option::Some(20),
            Self::IsvInvalidSignature => ::core::option::Option::Some(21),
            Self::IsvInvalidEncryptType => ::core::option::Option::Some(22),
            Self::IsvInvalidEncrypt => ::core::option::Option::Some(23),
            Self::IsvInvalidAppCertSn => ::core::option::Option::Some(24),
            Self::IsvInvalidAlipayRootCertSn => ::core::option::Option::Some(25),
            Self::IsvInvalidAppId => ::core::option::Option::Some(26),
            Self::IsvInvalidTimestamp => ::core::option::Option::Some(27),
            Self::IsvInvalidCharset => ::core::option::Option::Some(28),
            Self::IsvInvalidDigest => ::core::option::Option::Some(29),
            Self::IsvInsufficientIsvPermissions => ::core::option::Option::Some(30),
            Self::IsvInsufficientUserPermissions => ::core::option::Option::Some(31),
            Self::Unknown(_) => ::core::option::Option::None,
        }
    }
    fn from_known_index(index: usize) -> Self {
        match index {
            0 => Self::InvalidParameter,
            1 => Self::SystemError,
            2 => Self::CardNotExit,
            3 => Self::NoCardType,
            4 => Self::IspUnknowError,
            5 => Self::AopUnknowError,
            6 => Self::AopInvalidAuthToken,
            7 => Self::AopAuthTokenTimeOut,
            8 => Self::AopInvalidAppAuthToken,
            9 => Self::AopInvalidAppAuthTokenNoApi,
            10 => Self::AopAppAuthTokenTimeOut,
            11 => Self::IsvMissingMethod,
            12 => Self::IsvMissingSignature,
            13 => Self::IsvMissingSignatureType,
            14 => Self::IsvMissingAppId,
            15 => Self::IsvMissingTimestamp,
            16 => Self::IsvMissingVersion,
            17 => Self::IsvInvalidParameter,
            18 => Self::IsvInvalidMethod,
            19 => Self::IsvInvalidFormat,
            20 => Self::IsvInvalidSignatureType,
            21 => Self::IsvInvalidSignature,
            22 => Self::IsvInvalidEncryptType,
            23 => Self::IsvInvalidEncrypt,
            24 => Self::IsvInvalidAppCertSn,
            25 => Self::IsvInvalidAlipayRootCertSn,
            26 => Self::IsvInvalidAppId,
            27 => Self::IsvInvalidTimestamp,
            28 => Self::IsvInvalidCharset,
            29 => Self::IsvInvalidDigest,
            30 => Self::IsvInsufficientIsvPermissions,
            31 => Self::IsvInsufficientUserPermissions,
            _ => Self::Unknown(::std::string::String::new()),
        }
    }
    fn from_unknown(value: ::std::string::String) -> Self {
        Self::Unknown(value)
    }
    fn unknown_text(&self) -> &str {
        match self {
            Self::Unknown(value) => value,
            _ => "",
        }
    }
}
impl ::alipay_apis::__private::serde::Serialize for SubCode {
    fn serialize<S: ::alipay_apis::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        ::alipay_apis::__private::enumeration::serialize(self, serializer)
    }
}
impl<'de> ::alipay_apis::__private::serde::Deserialize<'de> for SubCode {
    fn deserialize<D: ::alipay_apis::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::alipay_apis::__private::enumeration::deserialize(deserializer)
    }
}
impl ::core::fmt::Display for SubCode {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(::alipay_apis::__private::Enumeration::as_str(self))
    }
}
impl ::core::convert::From<&str> for SubCode {
    fn from(text: &str) -> Self {
        ::alipay_apis::__private::Enumeration::from_text(text)
    }
}
impl ::alipay_apis::__private::SubCode for SubCode {
    const INFO: &'static [::alipay_apis::__private::CodeInfo] = &[
        ::alipay_apis::__private::CodeInfo {
            code: "INVALID_PARAMETER",
            description: "参数有误。",
            solution: "查看message定位问题",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "SYSTEM_ERROR",
            description: "系统繁忙",
            solution: "系统错误,查看message获取实际错误原因",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "CARD_NOT_EXIT",
            description: "会员卡不存在",
            solution: "确认卡信息",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "NO_CARD_TYPE",
            description: "卡类型不正确",
            solution: "确认是否创建模板",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isp.unknow-error",
            description: "服务暂不可用(业务系统不可用)",
            solution: "稍后重试",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "aop.unknow-error",
            description: "服务暂不可用(网关自身的未知错误)",
            solution: "稍后重试",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "aop.invalid-auth-token",
            description: "无效的访问令牌",
            solution: "请刷新授权令牌或重新授权获取新的令牌",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "aop.auth-token-time-out",
            description: "访问令牌已过期",
            solution: "请刷新授权令牌或重新授权获取新的令牌",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "aop.invalid-app-auth-token",
            description: "无效的应用授权令牌",
            solution: "请刷新应用授权令牌或重新授权获取新的令牌",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "aop.invalid-app-auth-token-no-api",
            description: "商户未授权当前接口",
            solution: "请重新授权获取新的应用授权令牌",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "aop.app-auth-token-time-out",
            description: "应用授权令牌已过期",
            solution: "请刷新应用授权令牌或重新授权获取新的令牌",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.missing-method",
            description: "缺少方法名参数",
            solution: "请求参数里面必须要有method参数",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.missing-signature",
            description: "缺少签名参数",
            solution: "检查请求参数,缺少sign参数",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.missing-signature-type",
            description: "缺少签名类型参数",
            solution: "检查请求参数,缺少sign_type参数",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.missing-app-id",
            description: "缺少appId参数",
            solution: "检查请求参数,缺少app_id参数",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.missing-timestamp",
            description: "缺少时间戳参数",
            solution: "检查请求参数,缺少timestamp参数",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.missing-version",
            description: "缺少版本参数",
            solution: "检查请求参数,缺少version参数",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.invalid-parameter",
            description: "参数无效",
            solution: "检查参数,格式不对、非法值、越界等",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.invalid-method",
            description: "不存在的方法名",
            solution: "检查入参method是否正确",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.invalid-format",
            description: "无效的数据格式",
            solution: "检查入参format,目前只支持json和xml 2种格式",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.invalid-signature-type",
            description: "无效的签名类型",
            solution: "检查入参sign_type,目前只支持RSA,RSA2,HMAC_SHA1",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.invalid-signature",
            description: "无效签名",
            solution: "检查签名串与签名原始字符串是否一致,以及应用私钥与平台上传的应用公钥是否匹配",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.invalid-encrypt-type",
            description: "无效的加密类型",
            solution: "检查入参encrypt_type,目前只支持AES",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.invalid-encrypt",
            description: "解密异常",
            solution: "检查AES密钥是否与平台配置一致,以及密文是否完整",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.invalid-app-cert-sn",
            description: "无效的应用公钥证书序列号",
            solution: "检查入参app_cert_sn,应为开放平台下载的应用公钥证书(appCertPublicKey_应用ID.crt)的序列号",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.invalid-alipay-root-cert-sn",
            description: "无效的支付宝根证书序列号",
            solution: "检查入参alipay_root_cert_sn,应由开放平台下载的支付宝根证书(alipayRootCert.crt)计算得出",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.invalid-app-id",
            description: "无效的AppID参数",
            solution: "检查入参app_id,app_id不存在,或者未上线",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.invalid-timestamp",
            description: "非法的时间戳参数",
            solution: "时间戳参数timestamp(yyyy-MM-dd HH:mm:ss)为北京时间,与网关时间相差不能超过15分钟",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.invalid-charset",
            description: "字符集错误",
            solution: "请求参数charset目前只支持utf-8、gbk、gb2312",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.invalid-digest",
            description: "摘要错误",
            solution: "检查请求参数,文件摘要参数必填",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.insufficient-isv-permissions",
            description: "ISV权限不足",
            solution: "请检查配置的账户是否有当前接口权限",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "isv.insufficient-user-permissions",
            description: "用户权限不足",
            solution: "代理的用户对象没有权限",
        },
    ];
}
impl ::alipay_apis::__private::Method for Request {
    const NAME: &'static str = METHOD;
    const RESPONSE_KEY: &'static str = RESPONSE_KEY;
    type Response = Response;
    type SubCode = SubCode;
}
