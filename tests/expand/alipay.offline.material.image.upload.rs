//! 上传门店照片和视频接口 (`alipay.offline.material.image.upload`)
//!
//! 上传门店照片和视频，使用此接口上传的照片、视频可以用于开店、修改门店等接口中使用
//!
//! `Request` is the parameters to send (each a top-level parameter, files as multipart parts), `Response` the answer of a successful call and `SubCode` the `sub_code` of a failed one.
const _: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/specs/alipay.offline.material.image.upload.toml"));
const _: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/specs/common.toml"));
/// The method name: `alipay.offline.material.image.upload`.
pub const METHOD: &str = "alipay.offline.material.image.upload";
/// The key of the signed response node: `alipay_offline_material_image_upload_response`.
pub const RESPONSE_KEY: &str = "alipay_offline_material_image_upload_response";
/// The request parameters of `alipay.offline.material.image.upload`.
///
/// Each field is a top-level parameter, signed with the common ones (not in `biz_content`); a file is sent as a `multipart/form-data` part and is not signed.
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
    /// 图片/视频的格式,支持格式:bmp,jpg,jpeg,png,gif, mp4
    ///
    /// Required. At most 8 characters. Example: `jpg`.
    pub image_type: ::std::string::String,
    /// 图片/视频名称
    ///
    /// Required. At most 128 characters. Example: `海底捞`.
    pub image_name: ::std::string::String,
    /// 图片/视频二进制内容,图片/视频大小不能超过5M
    ///
    /// Required. At most 5242880 bytes.
    #[serde(skip)]
    pub image_content: ::alipay_apis::__private::FileItem,
    /// 用于显示指定图片/视频所属的partnerId,支付宝内部使用,外部商户无需填写此字段
    ///
    /// Optional. At most 16 characters. Example: `2088021822217233`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub image_pid: ::core::option::Option<::std::string::String>,
}
impl Request {
    /// Creates a `Request` from its required fields; set the optional ones with the setters.
    pub fn new(
        image_type: impl ::core::convert::Into<::std::string::String>,
        image_name: impl ::core::convert::Into<::std::string::String>,
        image_content: ::alipay_apis::__private::FileItem,
    ) -> Self {
        Self {
            image_type: image_type.into(),
            image_name: image_name.into(),
            image_content,
            image_pid: ::core::option::Option::None,
        }
    }
    /// Sets `image_pid`: 用于显示指定图片/视频所属的partnerId,支付宝内部使用,外部商户无需填写此字段
    pub fn image_pid(
        mut self,
        image_pid: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.image_pid = ::core::option::Option::Some(image_pid.into());
        self
    }
}
impl ::alipay_apis::__private::Validate for Request {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "image_type",
                &self.image_type,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(8),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "image_name",
                &self.image_name,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(128),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "image_content",
                &self.image_content,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(5242880),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "image_pid",
                &self.image_pid,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(16),
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
/// The answer of a successful `alipay.offline.material.image.upload` call: the response node's fields beside `code` and `msg`.
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
    /// 图片/视频在商家中心的唯一标识
    ///
    /// Required. At most 128 characters. Example: `vJR4pWR0RCq7gMFjtLNXxAAAACMAAQED`.
    pub image_id: ::std::string::String,
    /// 图片/视频的访问地址(为了防止盗链,该地址不允许嵌在其他页面展示,只能在新页面展示)
    ///
    /// Required. At most 256 characters. Example: `http://oalipay-dl-django.alicdn.com/rest/1.0/image?fileIds=vJR4pWR0RCq7gMFjtLNXxAAAACMAAQED&zoom=original`.
    pub image_url: ::std::string::String,
}
impl Response {
    /// Creates a `Response` from its fields.
    pub fn new(
        image_id: impl ::core::convert::Into<::std::string::String>,
        image_url: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        Self {
            image_id: image_id.into(),
            image_url: image_url.into(),
        }
    }
}
impl ::alipay_apis::__private::Validate for Response {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "image_id",
                &self.image_id,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(128),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "image_url",
                &self.image_url,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(256),
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
/// The `sub_code`s of `alipay.offline.material.image.upload`.
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
    /// `INVALID_PARAMETER`: 参数无效 — 检查请求参数
    InvalidParameter,
    /// `SYSTEM_ERROR`: 系统错误 — 稍后重试
    SystemError,
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
            Self::IspUnknowError => ::core::option::Option::Some(2),
            Self::AopUnknowError => ::core::option::Option::Some(3),
            Self::AopInvalidAuthToken => ::core::option::Option::Some(4),
            Self::AopAuthTokenTimeOut => ::core::option::Option::Some(5),
            Self::AopInvalidAppAuthToken => ::core::option::Option::Some(6),
            Self::AopInvalidAppAuthTokenNoApi => ::core::option::Option::Some(7),
            Self::AopAppAuthTokenTimeOut => ::core::option::Option::Some(8),
            Self::IsvMissingMethod => ::core::option::Option::Some(9),
            Self::IsvMissingSignature => ::core::option::Option::Some(10),
            Self::IsvMissingSignatureType => ::core::option::Option::Some(11),
            Self::IsvMissingAppId => ::core::option::Option::Some(12),
            Self::IsvMissingTimestamp => ::core::option::Option::Some(13),
            Self::IsvMissingVersion => ::core::option::Option::Some(14),
            Self::IsvInvalidParameter => ::core::option::Option::Some(15),
            Self::IsvInvalidMethod => ::core::option::Option::Some(16),
            Self::IsvInvalidFormat => ::core::option::Option::Some(17),
            Self::IsvInvalidSignatureType => ::core::option::Option::Some(18),
            Self::IsvInvalidSignature => ::core::option::Option::Some(19),
            Self::IsvInvalidEncryptType => ::core::option::Option::Some(20),
            Self::IsvInvalidEncrypt => ::core::option::Option::Some(21),
            Self::IsvInvalidAppCertSn => ::core::option::Option::Some(22),
            Self::IsvInvalidAlipayRootCertSn => ::core::option::Option::Some(23),
            Self::IsvInvalidAppId => ::core::option::Option::Some(24),
            Self::IsvInvalidTimestamp => ::core::option::Option::Some(25),
            Self::IsvInvalidCharset => ::core::option::Option::Some(26),
            Self::IsvInvalidDigest => ::core::option::Option::Some(27),
            Self::IsvInsufficientIsvPermissions => ::core::option::Option::Some(28),
            Self::IsvInsufficientUserPermissions => ::core::option::Option::Some(29),
            Self::Unknown(_) => ::core::option::Option::None,
        }
    }
    fn from_known_index(index: usize) -> Self {
        match index {
            0 => Self::InvalidParameter,
            1 => Self::SystemError,
            2 => Self::IspUnknowError,
            3 => Self::AopUnknowError,
            4 => Self::AopInvalidAuthToken,
            5 => Self::AopAuthTokenTimeOut,
            6 => Self::AopInvalidAppAuthToken,
            7 => Self::AopInvalidAppAuthTokenNoApi,
            8 => Self::AopAppAuthTokenTimeOut,
            9 => Self::IsvMissingMethod,
            10 => Self::IsvMissingSignature,
            11 => Self::IsvMissingSignatureType,
            12 => Self::IsvMissingAppId,
            13 => Self::IsvMissingTimestamp,
            14 => Self::IsvMissingVersion,
            15 => Self::IsvInvalidParameter,
            16 => Self::IsvInvalidMethod,
            17 => Self::IsvInvalidFormat,
            18 => Self::IsvInvalidSignatureType,
            19 => Self::IsvInvalidSignature,
            20 => Self::IsvInvalidEncryptType,
            21 => Self::IsvInvalidEncrypt,
            22 => Self::IsvInvalidAppCertSn,
            23 => Self::IsvInvalidAlipayRootCertSn,
            24 => Self::IsvInvalidAppId,
            25 => Self::IsvInvalidTimestamp,
            26 => Self::IsvInvalidCharset,
            27 => Self::IsvInvalidDigest,
            28 => Self::IsvInsufficientIsvPermissions,
            29 => Self::IsvInsufficientUserPermissions,
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
            description: "参数无效",
            solution: "检查请求参数",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "SYSTEM_ERROR",
            description: "系统错误",
            solution: "稍后重试",
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
    const REQUEST_IN: ::alipay_apis::__private::RequestIn = ::alipay_apis::__private::RequestIn::Params;
    fn files(
        &self,
    ) -> ::std::vec::Vec<(&'static str, &::alipay_apis::__private::FileItem)> {
        ::alipay_apis::__private::files([
            ("image_content", ::core::option::Option::Some(&self.image_content)),
        ])
    }
}
