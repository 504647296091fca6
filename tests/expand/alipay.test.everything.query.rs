//! 全功能测试 (`alipay.test.everything.query`)
//!
//! A made-up method whose spec exercises the whole spec format.
//!
//! 每一种类型、嵌套、枚举与错误码都在这里出现。
//!
//! `Request` is the `biz_content` to send, `Response` the answer of a successful call and `SubCode` the `sub_code` of a failed one.
const _: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/tests/specs/everything.toml"));
const _: &[u8] = include_bytes!(concat!(env!("CARGO_MANIFEST_DIR"), "/specs/common.toml"));
/// The method name: `alipay.test.everything.query`.
pub const METHOD: &str = "alipay.test.everything.query";
/// The key of the signed response node: `alipay_test_everything_query_response`.
pub const RESPONSE_KEY: &str = "alipay_test_everything_query_response";
/// The request parameters (`biz_content`) of `alipay.test.everything.query`.
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
    /// 商户业务号
    ///
    /// Required. At most 64 characters. Example: `20240101000001`.
    pub out_biz_no: ::std::string::String,
    /// 查询类型 (a keyword as a field name)
    ///
    /// Required. At most 16 characters. Example: `FULL`.
    pub r#type: QueryType,
    /// 金额,单位元,精确到分
    ///
    /// Required. At most 11 characters. Example: `88.88`.
    pub amount: ::alipay_apis::__private::Decimal,
    /// 优惠金额 (the doc pages' Price)
    ///
    /// Optional. At most 11 characters. Example: `1.50`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub discount: ::core::option::Option<::alipay_apis::__private::Decimal>,
    /// 每页条数
    ///
    /// Optional. At most 4 characters. Example: `20`.
    #[serde(
        default,
        skip_serializing_if = "::core::option::Option::is_none",
        deserialize_with = "::alipay_apis::__private::lenient::option_i64"
    )]
    pub page_size: ::core::option::Option<i64>,
    /// 是否包含历史记录
    ///
    /// Optional. Example: `true`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub include_history: ::core::option::Option<bool>,
    /// 开始时间,格式为yyyy-MM-dd HH:mm:ss
    ///
    /// Optional. At most 19 characters. Example: `2024-01-01 08:00:00`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub start_time: ::core::option::Option<::alipay_apis::__private::DateTime>,
    /// 标签列表,每项最长16个字符
    ///
    /// Optional. At most 10 items, each at most 16 characters. Example: `["vip","new"]`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub tags: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 卡状态列表 (written with a space before \[\], as the doc pages do)
    ///
    /// Optional. At most 3 items.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub statuses: ::core::option::Option<::std::vec::Vec<CardStatus>>,
    /// 过滤条件
    ///
    /// Optional. At most 2048 characters as JSON.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub filter: ::core::option::Option<Filter>,
}
impl Request {
    /// Creates a `Request` from its required fields; set the optional ones with the setters.
    pub fn new(
        out_biz_no: impl ::core::convert::Into<::std::string::String>,
        r#type: QueryType,
        amount: ::alipay_apis::__private::Decimal,
    ) -> Self {
        Self {
            out_biz_no: out_biz_no.into(),
            r#type,
            amount,
            discount: ::core::option::Option::None,
            page_size: ::core::option::Option::None,
            include_history: ::core::option::Option::None,
            start_time: ::core::option::Option::None,
            tags: ::core::option::Option::None,
            statuses: ::core::option::Option::None,
            filter: ::core::option::Option::None,
        }
    }
    /// Sets `discount`: 优惠金额 (the doc pages' Price)
    pub fn discount(mut self, discount: ::alipay_apis::__private::Decimal) -> Self {
        self.discount = ::core::option::Option::Some(discount);
        self
    }
    /// Sets `page_size`: 每页条数
    pub fn page_size(mut self, page_size: i64) -> Self {
        self.page_size = ::core::option::Option::Some(page_size);
        self
    }
    /// Sets `include_history`: 是否包含历史记录
    pub fn include_history(mut self, include_history: bool) -> Self {
        self.include_history = ::core::option::Option::Some(include_history);
        self
    }
    /// Sets `start_time`: 开始时间,格式为yyyy-MM-dd HH:mm:ss
    pub fn start_time(mut self, start_time: ::alipay_apis::__private::DateTime) -> Self {
        self.start_time = ::core::option::Option::Some(start_time);
        self
    }
    /// Sets `tags`: 标签列表,每项最长16个字符
    pub fn tags(mut self, tags: ::std::vec::Vec<::std::string::String>) -> Self {
        self.tags = ::core::option::Option::Some(tags);
        self
    }
    /// Sets `statuses`: 卡状态列表 (written with a space before \[\], as the doc pages do)
    pub fn statuses(mut self, statuses: ::std::vec::Vec<CardStatus>) -> Self {
        self.statuses = ::core::option::Option::Some(statuses);
        self
    }
    /// Sets `filter`: 过滤条件
    pub fn filter(mut self, filter: Filter) -> Self {
        self.filter = ::core::option::Option::Some(filter);
        self
    }
}
impl ::alipay_apis::__private::Validate for Request {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "out_biz_no",
                &self.out_biz_no,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(64),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "type",
                &self.r#type,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(16),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "amount",
                &self.amount,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(11),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "discount",
                &self.discount,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(11),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "page_size",
                &self.page_size,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(4),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "include_history",
                &self.include_history,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "start_time",
                &self.start_time,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(19),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "tags",
                &self.tags,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(16),
                    max_items: ::core::option::Option::Some(10),
                },
            );
        validator
            .field(
                "statuses",
                &self.statuses,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::Some(3),
                },
            );
        validator
            .field(
                "filter",
                &self.filter,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(2048),
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
/// The answer of a successful `alipay.test.everything.query` call: the response node's fields beside `code` and `msg`.
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
    /// 支付宝交易号
    ///
    /// Required. At most 64 characters. Example: `2024010122001400000000000001`.
    pub trade_no: ::std::string::String,
    /// 查询类型
    ///
    /// Required. Example: `FULL`.
    pub r#type: QueryType,
    /// 总金额
    ///
    /// Required. At most 11 characters. Example: `88.88`.
    pub total_amount: ::alipay_apis::__private::Decimal,
    /// 总条数
    ///
    /// Required. Example: `2`.
    #[serde(deserialize_with = "::alipay_apis::__private::lenient::i64")]
    pub total_count: i64,
    /// 是否已支付
    ///
    /// Required. Example: `true`.
    pub paid: bool,
    /// 创建时间
    ///
    /// Required. Example: `2024-01-01 08:00:00`.
    pub created_at: ::alipay_apis::__private::DateTime,
    /// 明细列表
    ///
    /// Required. At most 100 items.
    pub items: ::std::vec::Vec<Item>,
    /// 标签
    ///
    /// Optional. At most 5 items.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub labels: ::core::option::Option<::std::vec::Vec<::std::string::String>>,
    /// 分数列表
    ///
    /// Optional.
    #[serde(
        default,
        skip_serializing_if = "::core::option::Option::is_none",
        deserialize_with = "::alipay_apis::__private::lenient::option_vec_i64"
    )]
    pub scores: ::core::option::Option<::std::vec::Vec<i64>>,
    /// 卡状态列表
    ///
    /// Optional.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub statuses: ::core::option::Option<::std::vec::Vec<CardStatus>>,
    /// 持有人信息
    ///
    /// Optional.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub owner: ::core::option::Option<Owner>,
}
impl Response {
    /// Creates a `Response` from its required fields; set the optional ones with the setters.
    pub fn new(
        trade_no: impl ::core::convert::Into<::std::string::String>,
        r#type: QueryType,
        total_amount: ::alipay_apis::__private::Decimal,
        total_count: i64,
        paid: bool,
        created_at: ::alipay_apis::__private::DateTime,
        items: ::std::vec::Vec<Item>,
    ) -> Self {
        Self {
            trade_no: trade_no.into(),
            r#type,
            total_amount,
            total_count,
            paid,
            created_at,
            items,
            labels: ::core::option::Option::None,
            scores: ::core::option::Option::None,
            statuses: ::core::option::Option::None,
            owner: ::core::option::Option::None,
        }
    }
    /// Sets `labels`: 标签
    pub fn labels(mut self, labels: ::std::vec::Vec<::std::string::String>) -> Self {
        self.labels = ::core::option::Option::Some(labels);
        self
    }
    /// Sets `scores`: 分数列表
    pub fn scores(mut self, scores: ::std::vec::Vec<i64>) -> Self {
        self.scores = ::core::option::Option::Some(scores);
        self
    }
    /// Sets `statuses`: 卡状态列表
    pub fn statuses(mut self, statuses: ::std::vec::Vec<CardStatus>) -> Self {
        self.statuses = ::core::option::Option::Some(statuses);
        self
    }
    /// Sets `owner`: 持有人信息
    pub fn owner(mut self, owner: Owner) -> Self {
        self.owner = ::core::option::Option::Some(owner);
        self
    }
}
impl ::alipay_apis::__private::Validate for Response {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "trade_no",
                &self.trade_no,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(64),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "type",
                &self.r#type,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "total_amount",
                &self.total_amount,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(11),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "total_count",
                &self.total_count,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "paid",
                &self.paid,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "created_at",
                &self.created_at,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "items",
                &self.items,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::Some(100),
                },
            );
        validator
            .field(
                "labels",
                &self.labels,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::Some(5),
                },
            );
        validator
            .field(
                "scores",
                &self.scores,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "statuses",
                &self.statuses,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "owner",
                &self.owner,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
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
/// 过滤条件
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct Filter {
    /// 时间范围
    ///
    /// Required.
    pub range: DateRange,
    /// 等级过滤
    ///
    /// Optional.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub levels: ::core::option::Option<::std::vec::Vec<Level>>,
    /// 类目过滤
    ///
    /// Optional.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub category: ::core::option::Option<Category>,
}
impl Filter {
    /// Creates a `Filter` from its required fields; set the optional ones with the setters.
    pub fn new(range: DateRange) -> Self {
        Self {
            range,
            levels: ::core::option::Option::None,
            category: ::core::option::Option::None,
        }
    }
    /// Sets `levels`: 等级过滤
    pub fn levels(mut self, levels: ::std::vec::Vec<Level>) -> Self {
        self.levels = ::core::option::Option::Some(levels);
        self
    }
    /// Sets `category`: 类目过滤
    pub fn category(mut self, category: Category) -> Self {
        self.category = ::core::option::Option::Some(category);
        self
    }
}
impl ::alipay_apis::__private::Validate for Filter {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "range",
                &self.range,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "levels",
                &self.levels,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "category",
                &self.category,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for Filter {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// 时间范围
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct DateRange {
    /// 开始时间
    ///
    /// Required. Example: `2024-01-01 00:00:00`.
    pub start: ::alipay_apis::__private::DateTime,
    /// 结束时间
    ///
    /// Optional. Example: `2024-01-31 23:59:59`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub end: ::core::option::Option<::alipay_apis::__private::DateTime>,
    /// 边界设置 (the fourth level of nesting)
    ///
    /// Optional.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub bounds: ::core::option::Option<Bounds>,
}
impl DateRange {
    /// Creates a `DateRange` from its required fields; set the optional ones with the setters.
    pub fn new(start: ::alipay_apis::__private::DateTime) -> Self {
        Self {
            start,
            end: ::core::option::Option::None,
            bounds: ::core::option::Option::None,
        }
    }
    /// Sets `end`: 结束时间
    pub fn end(mut self, end: ::alipay_apis::__private::DateTime) -> Self {
        self.end = ::core::option::Option::Some(end);
        self
    }
    /// Sets `bounds`: 边界设置 (the fourth level of nesting)
    pub fn bounds(mut self, bounds: Bounds) -> Self {
        self.bounds = ::core::option::Option::Some(bounds);
        self
    }
}
impl ::alipay_apis::__private::Validate for DateRange {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "start",
                &self.start,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "end",
                &self.end,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "bounds",
                &self.bounds,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for DateRange {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// 边界设置 (the fourth level of nesting)
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct Bounds {
    /// 是否包含边界
    ///
    /// Required. Example: `true`.
    pub inclusive: bool,
    /// 参照点 (another keyword as a field name)
    ///
    /// Optional. At most 32 characters. Example: `start`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub r#ref: ::core::option::Option<::std::string::String>,
}
impl Bounds {
    /// Creates a `Bounds` from its required fields; set the optional ones with the setters.
    pub fn new(inclusive: bool) -> Self {
        Self {
            inclusive,
            r#ref: ::core::option::Option::None,
        }
    }
    /// Sets `ref`: 参照点 (another keyword as a field name)
    pub fn r#ref(
        mut self,
        r#ref: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.r#ref = ::core::option::Option::Some(r#ref.into());
        self
    }
}
impl ::alipay_apis::__private::Validate for Bounds {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "inclusive",
                &self.inclusive,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "ref",
                &self.r#ref,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(32),
                    max_items: ::core::option::Option::None,
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for Bounds {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// 类目过滤
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct Category {
    /// 类目ID
    ///
    /// Required. At most 32 characters. Example: `C001`.
    pub category_id: ::std::string::String,
    /// 上级类目 (an optional link back to the same type: recursion through an optional field)
    ///
    /// Optional.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub parent: ::core::option::Option<::std::boxed::Box<Category>>,
}
impl Category {
    /// Creates a `Category` from its required fields; set the optional ones with the setters.
    pub fn new(category_id: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            category_id: category_id.into(),
            parent: ::core::option::Option::None,
        }
    }
    /// Sets `parent`: 上级类目 (an optional link back to the same type: recursion through an optional field)
    pub fn parent(mut self, parent: Category) -> Self {
        self.parent = ::core::option::Option::Some(::std::boxed::Box::new(parent));
        self
    }
}
impl ::alipay_apis::__private::Validate for Category {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "category_id",
                &self.category_id,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(32),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "parent",
                &self.parent,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for Category {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// 明细列表
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct Item {
    /// 明细ID
    ///
    /// Required. At most 32 characters. Example: `I001`.
    pub item_id: ::std::string::String,
    /// 单价
    ///
    /// Required. Example: `9.90`.
    pub price: ::alipay_apis::__private::Decimal,
    /// 数量
    ///
    /// Required. Example: `3`.
    #[serde(deserialize_with = "::alipay_apis::__private::lenient::i64")]
    pub quantity: i64,
    /// 状态
    ///
    /// Optional. Example: `ACTIVE`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub status: ::core::option::Option<CardStatus>,
    /// 子明细 (recursion through an array)
    ///
    /// Optional. At most 20 items.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub children: ::core::option::Option<::std::vec::Vec<Item>>,
}
impl Item {
    /// Creates a `Item` from its required fields; set the optional ones with the setters.
    pub fn new(
        item_id: impl ::core::convert::Into<::std::string::String>,
        price: ::alipay_apis::__private::Decimal,
        quantity: i64,
    ) -> Self {
        Self {
            item_id: item_id.into(),
            price,
            quantity,
            status: ::core::option::Option::None,
            children: ::core::option::Option::None,
        }
    }
    /// Sets `status`: 状态
    pub fn status(mut self, status: CardStatus) -> Self {
        self.status = ::core::option::Option::Some(status);
        self
    }
    /// Sets `children`: 子明细 (recursion through an array)
    pub fn children(mut self, children: ::std::vec::Vec<Item>) -> Self {
        self.children = ::core::option::Option::Some(children);
        self
    }
}
impl ::alipay_apis::__private::Validate for Item {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "item_id",
                &self.item_id,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(32),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "price",
                &self.price,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "quantity",
                &self.quantity,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "status",
                &self.status,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "children",
                &self.children,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::Some(20),
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for Item {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// 持有人信息
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct Owner {
    /// 支付宝用户号
    ///
    /// Required. At most 16 characters. Example: `2088102146225135`.
    pub user_id: ::std::string::String,
    /// 自我介绍 (`self` cannot be a raw identifier: the field is `self_`)
    ///
    /// Optional. At most 64 characters. Example: `hello`.
    #[serde(
        rename = "self",
        default,
        skip_serializing_if = "::core::option::Option::is_none"
    )]
    pub self_: ::core::option::Option<::std::string::String>,
    /// 会员等级
    ///
    /// Optional. Example: `2`.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub level: ::core::option::Option<Level>,
    /// 地址
    ///
    /// Required.
    pub address: Address,
}
impl Owner {
    /// Creates a `Owner` from its required fields; set the optional ones with the setters.
    pub fn new(
        user_id: impl ::core::convert::Into<::std::string::String>,
        address: Address,
    ) -> Self {
        Self {
            user_id: user_id.into(),
            self_: ::core::option::Option::None,
            level: ::core::option::Option::None,
            address,
        }
    }
    /// Sets `self`: 自我介绍 (`self` cannot be a raw identifier: the field is `self_`)
    pub fn self_(
        mut self,
        self_: impl ::core::convert::Into<::std::string::String>,
    ) -> Self {
        self.self_ = ::core::option::Option::Some(self_.into());
        self
    }
    /// Sets `level`: 会员等级
    pub fn level(mut self, level: Level) -> Self {
        self.level = ::core::option::Option::Some(level);
        self
    }
}
impl ::alipay_apis::__private::Validate for Owner {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "user_id",
                &self.user_id,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(16),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "self",
                &self.self_,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::Some(64),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "level",
                &self.level,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "address",
                &self.address,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for Owner {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// 地址
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct Address {
    /// 城市
    ///
    /// Required. At most 32 characters. Example: `杭州`.
    pub city: ::std::string::String,
    /// 坐标
    ///
    /// Optional.
    #[serde(default, skip_serializing_if = "::core::option::Option::is_none")]
    pub geo: ::core::option::Option<GeoPoint>,
}
impl Address {
    /// Creates a `Address` from its required fields; set the optional ones with the setters.
    pub fn new(city: impl ::core::convert::Into<::std::string::String>) -> Self {
        Self {
            city: city.into(),
            geo: ::core::option::Option::None,
        }
    }
    /// Sets `geo`: 坐标
    pub fn geo(mut self, geo: GeoPoint) -> Self {
        self.geo = ::core::option::Option::Some(geo);
        self
    }
}
impl ::alipay_apis::__private::Validate for Address {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "city",
                &self.city,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::Some(32),
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "geo",
                &self.geo,
                ::alipay_apis::__private::Rules {
                    required: false,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for Address {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// 坐标
#[derive(
    ::core::fmt::Debug,
    ::core::clone::Clone,
    ::core::cmp::PartialEq,
    ::alipay_apis::__private::serde::Serialize,
    ::alipay_apis::__private::serde::Deserialize
)]
#[serde(crate = "::alipay_apis::__private::serde")]
#[non_exhaustive]
pub struct GeoPoint {
    /// 纬度
    ///
    /// Required. Example: `30.27415`.
    pub latitude: ::alipay_apis::__private::Decimal,
    /// 经度
    ///
    /// Required. Example: `120.15515`.
    pub longitude: ::alipay_apis::__private::Decimal,
}
impl GeoPoint {
    /// Creates a `GeoPoint` from its fields.
    pub fn new(
        latitude: ::alipay_apis::__private::Decimal,
        longitude: ::alipay_apis::__private::Decimal,
    ) -> Self {
        Self { latitude, longitude }
    }
}
impl ::alipay_apis::__private::Validate for GeoPoint {
    fn validate_into(&self, validator: &mut ::alipay_apis::__private::Validator) {
        validator
            .field(
                "latitude",
                &self.latitude,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
        validator
            .field(
                "longitude",
                &self.longitude,
                ::alipay_apis::__private::Rules {
                    required: true,
                    max_length: ::core::option::Option::None,
                    max_items: ::core::option::Option::None,
                },
            );
    }
}
impl ::alipay_apis::__private::FieldValue for GeoPoint {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_object(self, rules);
    }
}
/// 查询类型 (a keyword as a field name)
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
pub enum QueryType {
    /// `FULL`: 全量
    Full,
    /// `INCREMENTAL`: 增量
    Incremental,
    /// A value this version does not know, kept as sent.
    Unknown(::std::string::String),
}
impl ::alipay_apis::__private::Enumeration for QueryType {
    const VALUES: &'static [&'static str] = &["FULL", "INCREMENTAL"];
    fn known_index(&self) -> ::core::option::Option<usize> {
        match self {
            Self::Full => ::core::option::Option::Some(0),
            Self::Incremental => ::core::option::Option::Some(1),
            Self::Unknown(_) => ::core::option::Option::None,
        }
    }
    fn from_known_index(index: usize) -> Self {
        match index {
            0 => Self::Full,
            1 => Self::Incremental,
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
impl ::alipay_apis::__private::serde::Serialize for QueryType {
    fn serialize<S: ::alipay_apis::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        ::alipay_apis::__private::enumeration::serialize(self, serializer)
    }
}
impl<'de> ::alipay_apis::__private::serde::Deserialize<'de> for QueryType {
    fn deserialize<D: ::alipay_apis::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::alipay_apis::__private::enumeration::deserialize(deserializer)
    }
}
impl ::core::fmt::Display for QueryType {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(::alipay_apis::__private::Enumeration::as_str(self))
    }
}
impl ::core::convert::From<&str> for QueryType {
    fn from(text: &str) -> Self {
        ::alipay_apis::__private::Enumeration::from_text(text)
    }
}
impl ::alipay_apis::__private::FieldValue for QueryType {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_enumeration(self, rules);
    }
}
/// 卡状态列表 (written with a space before \[\], as the doc pages do)
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
pub enum CardStatus {
    /// `ACTIVE`: 已激活
    Active,
    /// `FROZEN`: 已冻结
    Frozen,
    /// `D_QR_CODE`: 动态二维码 (DQrCode)
    DQrCode,
    /// A value this version does not know, kept as sent.
    Unknown(::std::string::String),
}
impl ::alipay_apis::__private::Enumeration for CardStatus {
    const VALUES: &'static [&'static str] = &["ACTIVE", "FROZEN", "D_QR_CODE"];
    fn known_index(&self) -> ::core::option::Option<usize> {
        match self {
            Self::Active => ::core::option::Option::Some(0),
            Self::Frozen => ::core::option::Option::Some(1),
            Self::DQrCode => ::core::option::Option::Some(2),
            Self::Unknown(_) => ::core::option::Option::None,
        }
    }
    fn from_known_index(index: usize) -> Self {
        match index {
            0 => Self::Active,
            1 => Self::Frozen,
            2 => Self::DQrCode,
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
impl ::alipay_apis::__private::serde::Serialize for CardStatus {
    fn serialize<S: ::alipay_apis::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        ::alipay_apis::__private::enumeration::serialize(self, serializer)
    }
}
impl<'de> ::alipay_apis::__private::serde::Deserialize<'de> for CardStatus {
    fn deserialize<D: ::alipay_apis::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::alipay_apis::__private::enumeration::deserialize(deserializer)
    }
}
impl ::core::fmt::Display for CardStatus {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(::alipay_apis::__private::Enumeration::as_str(self))
    }
}
impl ::core::convert::From<&str> for CardStatus {
    fn from(text: &str) -> Self {
        ::alipay_apis::__private::Enumeration::from_text(text)
    }
}
impl ::alipay_apis::__private::FieldValue for CardStatus {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_enumeration(self, rules);
    }
}
/// 等级过滤
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
pub enum Level {
    /// `1`: 普通会员
    V1,
    /// `2`: 高级会员
    V2,
    /// `gold-member`: 金卡会员
    GoldMember,
    /// A value this version does not know, kept as sent.
    Unknown(::std::string::String),
}
impl ::alipay_apis::__private::Enumeration for Level {
    const VALUES: &'static [&'static str] = &["1", "2", "gold-member"];
    fn known_index(&self) -> ::core::option::Option<usize> {
        match self {
            Self::V1 => ::core::option::Option::Some(0),
            Self::V2 => ::core::option::Option::Some(1),
            Self::GoldMember => ::core::option::Option::Some(2),
            Self::Unknown(_) => ::core::option::Option::None,
        }
    }
    fn from_known_index(index: usize) -> Self {
        match index {
            0 => Self::V1,
            1 => Self::V2,
            2 => Self::GoldMember,
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
impl ::alipay_apis::__private::serde::Serialize for Level {
    fn serialize<S: ::alipay_apis::__private::serde::Serializer>(
        &self,
        serializer: S,
    ) -> ::core::result::Result<S::Ok, S::Error> {
        ::alipay_apis::__private::enumeration::serialize(self, serializer)
    }
}
impl<'de> ::alipay_apis::__private::serde::Deserialize<'de> for Level {
    fn deserialize<D: ::alipay_apis::__private::serde::Deserializer<'de>>(
        deserializer: D,
    ) -> ::core::result::Result<Self, D::Error> {
        ::alipay_apis::__private::enumeration::deserialize(deserializer)
    }
}
impl ::core::fmt::Display for Level {
    fn fmt(&self, formatter: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
        formatter.write_str(::alipay_apis::__private::Enumeration::as_str(self))
    }
}
impl ::core::convert::From<&str> for Level {
    fn from(text: &str) -> Self {
        ::alipay_apis::__private::Enumeration::from_text(text)
    }
}
impl ::alipay_apis::__private::FieldValue for Level {
    fn check(
        &self,
        validator: &mut ::alipay_apis::__private::Validator,
        rules: ::alipay_apis::__private::Rules,
    ) {
        validator.check_enumeration(self, rules);
    }
}
/// The `sub_code`s of `alipay.test.everything.query`.
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
    /// `ORDER_NOT_EXIST`: 订单不存在 — 请检查商户业务号是否正确
    OrderNotExist,
    /// `acq.system-error`: 系统错误 — 请稍后重试
    AcqSystemError,
    /// `NO_SOLUTION_GIVEN`: 文档没有给出解决方案的错误码
    NoSolutionGiven,
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
        "ORDER_NOT_EXIST",
        "acq.system-error",
        "NO_SOLUTION_GIVEN",
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
            Self::OrderNotExist => ::core::option::Option::Some(0),
            Self::AcqSystemError => ::core::option::Option::Some(1),
            Self::NoSolutionGiven => ::core::option::Option::Some(2),
            Self::IspUnknowError => ::core::option::Option::Some(3),
            Self::AopUnknowError => ::core::option::Option::Some(4),
            Self::AopInvalidAuthToken => ::core::option::Option::Some(5),
            Self::AopAuthTokenTimeOut => ::core::option::Option::Some(6),
            Self::AopInvalidAppAuthToken => ::core::option::Option::Some(7),
            Self::AopInvalidAppAuthTokenNoApi => ::core::option::Option::Some(8),
            Self::AopAppAuthTokenTimeOut => ::core::option::Option::Some(9),
            Self::IsvMissingMethod => ::core::option::Option::Some(10),
            Self::IsvMissingSignature => ::core::option::Option::Some(11),
            Self::IsvMissingSignatureType => ::core::option::Option::Some(12),
            Self::IsvMissingAppId => ::core::option::Option::Some(13),
            Self::IsvMissingTimestamp => ::core::option::Option::Some(14),
            Self::IsvMissingVersion => ::core::option::Option::Some(15),
            Self::IsvInvalidParameter => ::core::option::Option::Some(16),
            Self::IsvInvalidMethod => ::core::option::Option::Some(17),
            Self::IsvInvalidFormat => ::core::option::Option::Some(18),
            Self::IsvInvalidSignatureType => ::core::option::Option::Some(19),
            Self::IsvInvalidSignature => ::core::option::Option::Some(20),
            Self::IsvInvalidEncryptType => ::core::option::Option::Some(21),
            Self::IsvInvalidEncrypt => ::core::option::Option::Some(22),
            Self::IsvInvalidAppCertSn => ::core::option::Option::Some(23),
            Self::IsvInvalidAlipayRootCertSn => ::core::option::Option::Some(24),
            Self::IsvInvalidAppId => ::core::option::Option::Some(25),
            Self::IsvInvalidTimestamp => ::core::option::Option::Some(26),
            Self::IsvInvalidCharset => ::core::option::Option::Some(27),
            Self::IsvInvalidDigest => ::core::option::Option::Some(28),
            Self::IsvInsufficientIsvPermissions => ::core::option::Option::Some(29),
            Self::IsvInsufficientUserPermissions => ::core::option::Option::Some(30),
            Self::Unknown(_) => ::core::option::Option::None,
        }
    }
    fn from_known_index(index: usize) -> Self {
        match index {
            0 => Self::OrderNotExist,
            1 => Self::AcqSystemError,
            2 => Self::NoSolutionGiven,
            3 => Self::IspUnknowError,
            4 => Self::AopUnknowError,
            5 => Self::AopInvalidAuthToken,
            6 => Self::AopAuthTokenTimeOut,
            7 => Self::AopInvalidAppAuthToken,
            8 => Self::AopInvalidAppAuthTokenNoApi,
            9 => Self::AopAppAuthTokenTimeOut,
            10 => Self::IsvMissingMethod,
            11 => Self::IsvMissingSignature,
            12 => Self::IsvMissingSignatureType,
            13 => Self::IsvMissingAppId,
            14 => Self::IsvMissingTimestamp,
            15 => Self::IsvMissingVersion,
            16 => Self::IsvInvalidParameter,
            17 => Self::IsvInvalidMethod,
            18 => Self::IsvInvalidFormat,
            19 => Self::IsvInvalidSignatureType,
            20 => Self::IsvInvalidSignature,
            21 => Self::IsvInvalidEncryptType,
            22 => Self::IsvInvalidEncrypt,
            23 => Self::IsvInvalidAppCertSn,
            24 => Self::IsvInvalidAlipayRootCertSn,
            25 => Self::IsvInvalidAppId,
            26 => Self::IsvInvalidTimestamp,
            27 => Self::IsvInvalidCharset,
            28 => Self::IsvInvalidDigest,
            29 => Self::IsvInsufficientIsvPermissions,
            30 => Self::IsvInsufficientUserPermissions,
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
            code: "ORDER_NOT_EXIST",
            description: "订单不存在",
            solution: "请检查商户业务号是否正确",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "acq.system-error",
            description: "系统错误",
            solution: "请稍后重试",
        },
        ::alipay_apis::__private::CodeInfo {
            code: "NO_SOLUTION_GIVEN",
            description: "文档没有给出解决方案的错误码",
            solution: "",
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
