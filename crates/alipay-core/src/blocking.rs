//! A blocking client for code that does not run on tokio: the async client driven by an owned
//! current-thread runtime, so both share one implementation.

use crate::cert::Certificate;
use crate::cert_mode::PlatformCertificateError;
use crate::config::{ClientBuilder, Config, ConfigError, ConfigProblem};
use crate::error::Error;
use crate::method::Method;
use crate::notify::{Notification, NotificationError};
use crate::order::{PageMethod, ParamOrder};
use crate::request::{PreparedRequest, RequestOptions};

/// The blocking client. Must not be called from inside an async runtime (it answers
/// [`Error::BlockingInAsyncContext`] there rather than stalling the runtime).
///
/// ```
/// # let app_private_key = include_str!("../tests/data/app_private_pkcs1.pem");
/// # let alipay_public_key = include_str!("../tests/data/alipay_public.pem");
/// let client = alipay_core::blocking::Client::builder()
///     .app_id("2021000000000001")
///     .app_private_key(app_private_key)
///     .alipay_public_key(alipay_public_key)
///     .build_blocking()?;
/// assert_eq!(client.config().app_id(), "2021000000000001");
/// # Ok::<(), alipay_core::ConfigError>(())
/// ```
#[derive(Debug)]
pub struct Client {
    client: crate::Client,
    runtime: tokio::runtime::Runtime,
}

impl Client {
    /// A builder; finish it with [`ClientBuilder::build_blocking`].
    pub fn builder() -> ClientBuilder {
        ClientBuilder::new()
    }

    /// Wraps an async client.
    pub fn new(client: crate::Client) -> std::io::Result<Self> {
        let runtime = tokio::runtime::Builder::new_current_thread().enable_all().build()?;
        Ok(Self { client, runtime })
    }

    /// The client's settings.
    pub fn config(&self) -> &Config {
        self.client.config()
    }

    /// The async client underneath.
    pub fn as_async(&self) -> &crate::Client {
        &self.client
    }

    /// See [`crate::Client::prepare`].
    pub fn prepare<M: Method>(&self, request: &M) -> Result<PreparedRequest, Error<M::SubCode>> {
        self.client.prepare(request)
    }

    /// See [`crate::Client::execute`].
    pub fn execute<M: Method>(&self, request: &M) -> Result<M::Response, Error<M::SubCode>> {
        self.execute_with(request, &RequestOptions::default())
    }

    /// See [`crate::Client::execute_with`].
    pub fn execute_with<M: Method>(
        &self,
        request: &M,
        options: &RequestOptions,
    ) -> Result<M::Response, Error<M::SubCode>> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(Error::BlockingInAsyncContext);
        }
        self.runtime.block_on(self.client.execute_with(request, options))
    }

    /// See [`crate::Client::execute_raw`].
    pub fn execute_raw(
        &self,
        method: &str,
        biz_content: String,
        options: &RequestOptions,
    ) -> Result<crate::RawResponse, Error> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(Error::BlockingInAsyncContext);
        }
        self.runtime.block_on(self.client.execute_raw(method, biz_content, options))
    }

    /// See [`crate::Client::decode_response`].
    pub fn decode_response<M: Method>(&self, body: &[u8]) -> Result<M::Response, Error<M::SubCode>> {
        self.client.decode_response::<M>(body)
    }

    /// See [`crate::Client::platform_certificate`]. Inside an async runtime it answers
    /// [`PlatformCertificateError::Download`] with [`Error::BlockingInAsyncContext`].
    pub fn platform_certificate(&self, sn: &str) -> Result<Certificate, PlatformCertificateError> {
        if tokio::runtime::Handle::try_current().is_ok() {
            return Err(PlatformCertificateError::Download {
                sn: sn.to_owned(),
                source: Box::new(Error::BlockingInAsyncContext),
            });
        }
        self.runtime.block_on(self.client.platform_certificate(sn))
    }

    /// See [`crate::Client::sdk_execute`] (nothing is sent).
    pub fn sdk_execute<M: Method>(&self, request: &M) -> Result<String, Error<M::SubCode>> {
        self.client.sdk_execute(request)
    }

    /// See [`crate::Client::sdk_execute_with`].
    pub fn sdk_execute_with<M: Method>(
        &self,
        request: &M,
        options: &RequestOptions,
        order: &ParamOrder,
    ) -> Result<String, Error<M::SubCode>> {
        self.client.sdk_execute_with(request, options, order)
    }

    /// See [`crate::Client::sdk_execute_raw`].
    pub fn sdk_execute_raw(
        &self,
        method: &str,
        biz_content: String,
        options: &RequestOptions,
        order: &ParamOrder,
    ) -> Result<String, Error> {
        self.client.sdk_execute_raw(method, biz_content, options, order)
    }

    /// See [`crate::Client::page_execute`] (nothing is sent).
    pub fn page_execute<M: Method>(&self, request: &M, method: PageMethod) -> Result<String, Error<M::SubCode>> {
        self.client.page_execute(request, method)
    }

    /// See [`crate::Client::page_execute_with`].
    pub fn page_execute_with<M: Method>(
        &self,
        request: &M,
        method: PageMethod,
        options: &RequestOptions,
        order: &ParamOrder,
    ) -> Result<String, Error<M::SubCode>> {
        self.client.page_execute_with(request, method, options, order)
    }

    /// See [`crate::Client::page_execute_raw`].
    pub fn page_execute_raw(
        &self,
        method: &str,
        biz_content: String,
        page: PageMethod,
        options: &RequestOptions,
        order: &ParamOrder,
    ) -> Result<String, Error> {
        self.client.page_execute_raw(method, biz_content, page, options, order)
    }

    /// See [`crate::Client::verify_notification`].
    pub fn verify_notification(&self, notification: &Notification) -> Result<(), NotificationError> {
        self.client.verify_notification(notification)
    }
}

impl ClientBuilder {
    /// Builds a [`blocking::Client`](Client).
    pub fn build_blocking(self) -> Result<Client, ConfigError> {
        let client = self.build()?;
        Client::new(client).map_err(|error| ConfigError::from(ConfigProblem::Runtime(error.to_string())))
    }
}
