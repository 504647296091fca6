//! How a command fails: a sentence for stderr and the exit status that classifies it.

use std::fmt;
use std::process::ExitCode;

/// The exit statuses of `alipay`, one per kind of outcome, so scripts can tell them apart.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    /// 0: success (the platform answered `10000`, or the signature verified).
    Success = 0,
    /// 1: `alipay demo` saw a step behave other than expected.
    DemoFailed = 1,
    /// 2: usage or input error: bad flags, an unreadable file, a bad key, `biz_content` that breaks the spec.
    Input = 2,
    /// 3: the platform answered a failure (`code` other than `10000`).
    Platform = 3,
    /// 4: a signature does not verify (or is missing).
    Signature = 4,
    /// 5: transport failure: connection refused, timeout, an HTTP error status, a body that is not a response.
    Transport = 5,
}

impl From<Status> for ExitCode {
    fn from(status: Status) -> Self {
        ExitCode::from(status as u8)
    }
}

/// The exit statuses as `--help` shows them.
pub const EXIT_STATUSES: &str = "\
Exit status:
  0  success: the platform answered code 10000, or the signature verified
  1  `alipay demo`: a step did not behave as expected
  2  usage or input error: bad flags, unreadable file, bad key, biz_content that breaks the method's spec
  3  platform error: the platform answered a code other than 10000 (code, msg, sub_code, sub_msg and the
     spec's description and solution are printed)
  4  signature verification failure: a response or notification whose signature is missing or does not verify
  5  transport failure: connection refused, timeout, HTTP error status, a body that is not a gateway response";

/// A failed command: what to tell the person (never key material) and the exit status.
#[derive(Debug)]
pub struct Failure {
    /// The exit status.
    pub status: Status,
    /// The message, one or more sentences; printed after `error: `.
    pub message: String,
}

impl Failure {
    /// A usage or input error (exit 2).
    pub fn input(message: impl Into<String>) -> Self {
        Self { status: Status::Input, message: message.into() }
    }

    /// A platform failure (exit 3).
    pub fn platform(message: impl Into<String>) -> Self {
        Self { status: Status::Platform, message: message.into() }
    }

    /// A signature that does not verify (exit 4).
    pub fn signature(message: impl Into<String>) -> Self {
        Self { status: Status::Signature, message: message.into() }
    }

    /// A transport failure (exit 5).
    pub fn transport(message: impl Into<String>) -> Self {
        Self { status: Status::Transport, message: message.into() }
    }
}

impl fmt::Display for Failure {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.message)
    }
}

/// The result of a command.
pub type Outcome<T = ()> = Result<T, Failure>;
