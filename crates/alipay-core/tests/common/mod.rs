//! Shared by the integration tests: keys, a hand-written method type, and a canned HTTP server.
#![allow(dead_code)]

use std::fmt;
use std::time::Duration;

use alipay_core::__private::{Rules, Validate, Validator};
use alipay_core::{CodeInfo, Enumeration, Method, SubCode};
use serde::{Deserialize, Serialize};
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpListener;

pub const APP_ID: &str = "2021000000000001";
pub const APP_PRIVATE_PKCS1: &str = include_str!("../data/app_private_pkcs1.pem");
pub const APP_PRIVATE_PKCS8: &str = include_str!("../data/app_private_pkcs8.pem");
pub const APP_PUBLIC: &str = include_str!("../data/app_public.pem");
pub const APP_PUBLIC_PKCS1: &str = include_str!("../data/app_public_pkcs1.pem");
pub const ALIPAY_PRIVATE: &str = include_str!("../data/alipay_private_pkcs1.pem");
pub const ALIPAY_PUBLIC: &str = include_str!("../data/alipay_public.pem");

/// The base64 body of a PEM text on one line, as the platform's key tool gives it.
pub fn bare(pem: &str) -> String {
    pem.lines().filter(|line| !line.starts_with("-----")).collect()
}

pub fn vectors() -> serde_json::Value {
    serde_json::from_str(include_str!("../data/vectors.json")).unwrap()
}

/// `alipay.trade.query`, written by hand as generated code would be.
#[derive(Debug, Clone, Serialize)]
pub struct TradeQuery {
    pub out_trade_no: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub subject: Option<String>,
}

impl TradeQuery {
    pub fn new(out_trade_no: &str) -> Self {
        Self { out_trade_no: out_trade_no.to_owned(), subject: None }
    }
}

impl Validate for TradeQuery {
    fn validate_into(&self, validator: &mut Validator) {
        validator.field(
            "out_trade_no",
            &self.out_trade_no,
            Rules { required: true, max_length: Some(64), max_items: None },
        );
        validator.field("subject", &self.subject, Rules { required: false, max_length: Some(256), max_items: None });
    }
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct FundBill {
    pub amount: alipay_core::Decimal,
    pub fund_channel: String,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct TradeQueryResponse {
    pub trade_no: String,
    pub total_amount: Option<alipay_core::Decimal>,
    pub buyer_logon_id: Option<String>,
    #[serde(default)]
    pub fund_bill_list: Vec<FundBill>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum TradeQuerySubCode {
    TradeNotExist,
    InvalidAppId,
    Unknown(String),
}

impl Enumeration for TradeQuerySubCode {
    const VALUES: &'static [&'static str] = &["ACQ.TRADE_NOT_EXIST", "isv.invalid-app-id"];
    fn known_index(&self) -> Option<usize> {
        match self {
            Self::TradeNotExist => Some(0),
            Self::InvalidAppId => Some(1),
            Self::Unknown(_) => None,
        }
    }
    fn from_known_index(index: usize) -> Self {
        [Self::TradeNotExist, Self::InvalidAppId][index].clone()
    }
    fn from_unknown(value: String) -> Self {
        Self::Unknown(value)
    }
    fn unknown_text(&self) -> &str {
        match self {
            Self::Unknown(text) => text,
            _ => "",
        }
    }
}

impl fmt::Display for TradeQuerySubCode {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.as_str())
    }
}

impl SubCode for TradeQuerySubCode {
    const INFO: &'static [CodeInfo] = &[
        CodeInfo {
            code: "ACQ.TRADE_NOT_EXIST", description: "查询的交易不存在", solution: "检查传入的交易号是否正确"
        },
        CodeInfo { code: "isv.invalid-app-id", description: "无效的AppID参数", solution: "" },
    ];
}

impl Method for TradeQuery {
    const NAME: &'static str = "alipay.trade.query";
    const RESPONSE_KEY: &'static str = "alipay_trade_query_response";
    type Response = TradeQueryResponse;
    type SubCode = TradeQuerySubCode;
}

/// What the canned server does with one connection.
#[derive(Clone)]
pub enum Reply {
    /// A complete response with this status, content type and body.
    Full { status: u16, content_type: &'static str, body: Vec<u8> },
    /// Headers announcing `announced` bytes, then only `body`, then the connection closes.
    Cut { announced: usize, body: Vec<u8> },
    /// A chunked body of `chunks` chunks of `chunk` bytes each (no Content-Length).
    Chunked { chunk: Vec<u8>, chunks: usize },
    /// Nothing for this long.
    Stall(Duration),
}

impl Reply {
    pub fn json(body: impl Into<Vec<u8>>) -> Self {
        Self::Full { status: 200, content_type: "text/html;charset=utf-8", body: body.into() }
    }
}

/// A request as the server received it.
#[derive(Debug, Clone)]
pub struct Received {
    pub head: String,
    pub body: Vec<u8>,
}

/// Serves `reply` to every connection on a local port; returns the gateway URL and the received requests.
pub async fn serve(reply: Reply) -> (String, tokio::sync::mpsc::UnboundedReceiver<Received>) {
    let (sender, receiver) = tokio::sync::mpsc::unbounded_channel();
    let gateway = serve_with(move |received| {
        let _ = sender.send(received);
        let reply = reply.clone();
        Box::pin(async move { reply })
    })
    .await;
    (gateway, receiver)
}

/// What a test gateway answers to a request, once it is ready to.
pub type Answer = std::pin::Pin<Box<dyn std::future::Future<Output = Reply> + Send>>;

/// Serves, on a local port, the reply `answer` makes for each request; returns the gateway URL.
pub async fn serve_with(answer: impl Fn(Received) -> Answer + Send + Sync + 'static) -> String {
    let listener = TcpListener::bind("127.0.0.1:0").await.unwrap();
    let address = listener.local_addr().unwrap();
    let answer = std::sync::Arc::new(answer);
    tokio::spawn(async move {
        loop {
            let Ok((mut stream, _)) = listener.accept().await else { return };
            let answer = answer.clone();
            tokio::spawn(async move {
                let Some(received) = read_request(&mut stream).await else { return };
                let reply = answer(received).await;
                let response: Vec<u8> = match reply {
                    Reply::Full { status, content_type, body } => {
                        let mut out = format!(
                            "HTTP/1.1 {status} X\r\ncontent-type: {content_type}\r\ncontent-length: {}\r\nconnection: close\r\n\r\n",
                            body.len()
                        )
                        .into_bytes();
                        out.extend_from_slice(&body);
                        out
                    }
                    Reply::Cut { announced, body } => {
                        let mut out = format!(
                            "HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ncontent-length: {announced}\r\nconnection: close\r\n\r\n"
                        )
                        .into_bytes();
                        out.extend_from_slice(&body);
                        out
                    }
                    Reply::Chunked { chunk, chunks } => {
                        let mut out =
                            b"HTTP/1.1 200 OK\r\ncontent-type: text/html\r\ntransfer-encoding: chunked\r\n\r\n"
                                .to_vec();
                        for _ in 0..chunks {
                            out.extend_from_slice(format!("{:x}\r\n", chunk.len()).as_bytes());
                            out.extend_from_slice(&chunk);
                            out.extend_from_slice(b"\r\n");
                        }
                        out.extend_from_slice(b"0\r\n\r\n");
                        out
                    }
                    Reply::Stall(duration) => {
                        tokio::time::sleep(duration).await;
                        Vec::new()
                    }
                };
                let _ = stream.write_all(&response).await;
                let _ = stream.shutdown().await;
            });
        }
    });
    format!("http://{address}/gateway.do")
}

async fn read_request(stream: &mut tokio::net::TcpStream) -> Option<Received> {
    let mut buffer = Vec::new();
    let mut chunk = [0u8; 4096];
    loop {
        let read = stream.read(&mut chunk).await.ok()?;
        if read == 0 {
            return None;
        }
        buffer.extend_from_slice(&chunk[..read]);
        if let Some(end) = buffer.windows(4).position(|window| window == b"\r\n\r\n") {
            let head = String::from_utf8_lossy(&buffer[..end]).into_owned();
            let length = head
                .lines()
                .find_map(|line| {
                    let (name, value) = line.split_once(':')?;
                    name.eq_ignore_ascii_case("content-length").then(|| value.trim().parse::<usize>().ok())?
                })
                .unwrap_or(0);
            while buffer.len() < end + 4 + length {
                let read = stream.read(&mut chunk).await.ok()?;
                if read == 0 {
                    return None;
                }
                buffer.extend_from_slice(&chunk[..read]);
            }
            return Some(Received { head, body: buffer[end + 4..end + 4 + length].to_vec() });
        }
    }
}

/// Decodes a UTF-8 form body into pairs.
pub fn form_pairs(body: &[u8]) -> Vec<(String, String)> {
    form_urlencoded::parse(body).into_owned().collect()
}
