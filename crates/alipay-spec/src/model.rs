//! The resolved, validated model of a method spec: what every consumer (macro, tool, stand-in gateway) reads.

/// A byte range in a spec file, for locating errors.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Span {
    /// First byte.
    pub start: usize,
    /// One past the last byte.
    pub end: usize,
}

/// One OpenAPI method, as its spec file describes it.
#[derive(Debug, Clone, PartialEq)]
pub struct Spec {
    /// The method name, e.g. `alipay.marketing.card.query`.
    pub method: String,
    /// The doc page's title, e.g. `会员卡查询`.
    pub title: String,
    /// The doc page's description.
    pub description: String,
    /// Where the request's fields travel: in `biz_content` (the default), or as top-level parameters.
    pub request_in: RequestIn,
    /// The request's fields (`biz_content`, or the parameters: see [`Spec::request_in`]).
    pub request: ObjectType,
    /// The success response's fields (beside `code` and `msg`).
    pub response: ObjectType,
    /// Named object types used by fields, in file order.
    pub types: Vec<ObjectType>,
    /// Named enumerations used by fields, in file order.
    pub enums: Vec<EnumType>,
    /// The method's business error codes (业务错误码), in file order.
    pub errors: Vec<ErrorCode>,
    /// The doc page's examples.
    pub examples: Examples,
}

/// An object: the request, the response, or a named nested type.
#[derive(Debug, Clone, PartialEq)]
pub struct ObjectType {
    /// The type's name (`CardUserInfo`); `Request` and `Response` for the two roots.
    pub name: String,
    /// What the type is: the description of the first field that uses it (the format has no key for it);
    /// empty for `Request` and `Response`, which the spec's title and description describe.
    pub description: String,
    /// The fields, in the order the spec gives them.
    pub fields: Vec<Field>,
    /// Where the type is declared.
    pub span: Span,
}

/// One field of an object.
#[derive(Debug, Clone, PartialEq)]
pub struct Field {
    /// The JSON name (`target_card_no`).
    pub name: String,
    /// The field's type.
    pub ty: TypeRef,
    /// Whether the field is required (必填).
    pub required: bool,
    /// The maximum length (最大长度): characters of a scalar's text, of an object's JSON text, or of each array item;
    /// bytes of a file.
    pub max_length: Option<u32>,
    /// The maximum number of items of an array.
    pub max_items: Option<u32>,
    /// The description (描述).
    pub description: String,
    /// The example value (示例值), as the page writes it.
    pub example: Option<String>,
    /// Where the field is declared.
    pub span: Span,
}

/// Where a method's request fields travel (`request_in`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum RequestIn {
    /// `biz_content`: the fields are one JSON object, sent as the `biz_content` parameter (most methods).
    #[default]
    BizContent,
    /// `params`: each field is a top-level parameter, signed with the common ones; `file` fields are sent as
    /// `multipart/form-data` parts and are not signed (uploads such as `alipay.offline.material.image.upload`).
    Params,
}

impl RequestIn {
    /// The value written in a spec: `biz_content` or `params`.
    pub fn from_name(name: &str) -> Option<RequestIn> {
        use crate::symbol;
        match name {
            symbol::IN_BIZ_CONTENT => Some(RequestIn::BizContent),
            symbol::IN_PARAMS => Some(RequestIn::Params),
            _ => None,
        }
    }

    /// The value's name in a spec.
    pub fn name(self) -> &'static str {
        use crate::symbol;
        match self {
            RequestIn::BizContent => symbol::IN_BIZ_CONTENT,
            RequestIn::Params => symbol::IN_PARAMS,
        }
    }
}

/// A field's type.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TypeRef {
    /// A scalar.
    Scalar(Scalar),
    /// A named object type of this spec.
    Object(String),
    /// A named enumeration of this spec.
    Enum(String),
    /// An array of the inner type.
    Array(Box<TypeRef>),
}

/// The scalar types of the format.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scalar {
    /// `string`: text.
    String,
    /// `integer`: a 64-bit integer (the doc pages' `Number`, `Long`).
    Integer,
    /// `decimal` (also `price`): a decimal number kept as exact text.
    Decimal,
    /// `boolean`.
    Boolean,
    /// `datetime` (the doc pages' `Date`): `yyyy-MM-dd HH:mm:ss` in China time.
    DateTime,
    /// `file` (the doc pages' `Byte_array`): a file's bytes with its name, sent as a `multipart/form-data` part and
    /// never signed. Only a top-level field of a request whose fields travel as parameters takes one.
    File,
}

/// A named enumeration: the values a string field may take.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumType {
    /// The enumeration's name (`TargetCardNoType`).
    pub name: String,
    /// What the values choose: the description of the first field that uses the enumeration.
    pub description: String,
    /// The values, in file order.
    pub values: Vec<EnumValue>,
    /// Where the enumeration is declared.
    pub span: Span,
}

/// One value of an enumeration.
#[derive(Debug, Clone, PartialEq)]
pub struct EnumValue {
    /// The value as sent (`BIZ_CARD`).
    pub value: String,
    /// Its meaning (`支付宝卡号`).
    pub description: String,
    /// Where the value is declared.
    pub span: Span,
}

/// A `sub_code`: a method's business error code, or a common one.
#[derive(Debug, Clone, PartialEq)]
pub struct ErrorCode {
    /// The code as sent (`CARD_NOT_EXIST`, `isv.invalid-signature`).
    pub code: String,
    /// The gateway `code` it comes with (`40004` for business codes).
    pub gateway_code: String,
    /// What it means (错误描述).
    pub description: String,
    /// What to do (解决方案); may be empty.
    pub solution: String,
    /// Where the code is declared.
    pub span: Span,
}

/// The examples of a doc page, as JSON text.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Examples {
    /// The request example's `biz_content`.
    pub request: Option<String>,
    /// The success response example: a whole response body.
    pub response: Option<String>,
    /// The error response example: a whole response body.
    pub error: Option<String>,
    /// The request fields that identify the resource (`match`): a stand-in gateway answers the success
    /// example to a request whose values of these top-level fields equal the request example's. When the
    /// spec does not say, every required request field the request example has; empty without a request
    /// example (then every request gets the success example).
    pub match_fields: Vec<String>,
    /// The business error code that means "not found" (`not_found`, one of the spec's `[errors]`): what a
    /// stand-in gateway answers to a request that does not match the example. Without it, such a request
    /// gets the success example too.
    pub not_found: Option<String>,
}

/// What every method shares (`specs/common.toml`): the gateway codes and the common `sub_code`s.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Common {
    /// The gateway codes (`10000`, `40004` ...).
    pub gateway_codes: Vec<GatewayCode>,
    /// The common `sub_code`s (`isv.invalid-signature` ...).
    pub sub_codes: Vec<ErrorCode>,
}

/// A gateway `code`.
#[derive(Debug, Clone, PartialEq)]
pub struct GatewayCode {
    /// The code (`40004`).
    pub code: String,
    /// The `msg` the gateway sends with it (`Business Failed`).
    pub msg: String,
    /// What it means.
    pub description: String,
}

impl Scalar {
    /// The scalar named `name` in a spec (`decimal` and its alias `price` both give [`Scalar::Decimal`]).
    pub fn from_name(name: &str) -> Option<Scalar> {
        use crate::symbol;
        Some(match name {
            symbol::STRING => Scalar::String,
            symbol::INTEGER => Scalar::Integer,
            symbol::DECIMAL | symbol::PRICE => Scalar::Decimal,
            symbol::BOOLEAN => Scalar::Boolean,
            symbol::DATETIME => Scalar::DateTime,
            symbol::FILE => Scalar::File,
            _ => return None,
        })
    }

    /// The scalar's name in a spec (`decimal` for [`Scalar::Decimal`]).
    pub fn name(self) -> &'static str {
        use crate::symbol;
        match self {
            Scalar::String => symbol::STRING,
            Scalar::Integer => symbol::INTEGER,
            Scalar::Decimal => symbol::DECIMAL,
            Scalar::Boolean => symbol::BOOLEAN,
            Scalar::DateTime => symbol::DATETIME,
            Scalar::File => symbol::FILE,
        }
    }
}

impl std::fmt::Display for Scalar {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name())
    }
}

impl TypeRef {
    /// The item type of an array, or the type itself.
    pub fn item(&self) -> &TypeRef {
        match self {
            TypeRef::Array(item) => item,
            other => other,
        }
    }

    /// Whether the type is an array.
    pub fn is_array(&self) -> bool {
        matches!(self, TypeRef::Array(_))
    }

    /// Whether the type is `file`.
    pub fn is_file(&self) -> bool {
        matches!(self, TypeRef::Scalar(Scalar::File))
    }
}

/// Renders the type as a spec writes it: `string`, `CardUserInfo`, `CardFrontTextDTO[]`.
impl std::fmt::Display for TypeRef {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            TypeRef::Scalar(scalar) => scalar.fmt(f),
            TypeRef::Object(name) | TypeRef::Enum(name) => f.write_str(name),
            TypeRef::Array(item) => write!(f, "{item}[]"),
        }
    }
}

impl Spec {
    /// The named object type `name`.
    pub fn object_type(&self, name: &str) -> Option<&ObjectType> {
        self.types.iter().find(|ty| ty.name == name)
    }

    /// The named enumeration `name`.
    pub fn enum_type(&self, name: &str) -> Option<&EnumType> {
        self.enums.iter().find(|ty| ty.name == name)
    }

    /// The request's `file` fields, in spec order (none unless the fields travel as parameters).
    pub fn file_fields(&self) -> impl Iterator<Item = &Field> {
        self.request.fields.iter().filter(|field| field.ty.is_file())
    }
}
