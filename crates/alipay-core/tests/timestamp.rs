//! `timestamp` is China time (UTC+8) whatever the host's time zone says.

mod common;

use alipay_core::{Client, DateTime};
use common::*;
use time::{OffsetDateTime, UtcOffset};

const CHILD: &str = "ALIPAY_CORE_TIMESTAMP_CHILD";

/// Runs in a child process with `TZ` set (see below): the timestamp the client signs is UTC+8 time.
#[test]
fn timestamp_in_child_process() {
    if std::env::var_os(CHILD).is_none() {
        return;
    }
    let client = Client::builder()
        .app_id(APP_ID)
        .app_private_key(APP_PRIVATE_PKCS1)
        .alipay_public_key(ALIPAY_PUBLIC)
        .build()
        .unwrap();
    let before = OffsetDateTime::now_utc().to_offset(UtcOffset::from_hms(8, 0, 0).unwrap());
    let prepared = client.prepare(&TradeQuery::new("T1")).unwrap();
    let after = OffsetDateTime::now_utc().to_offset(UtcOffset::from_hms(8, 0, 0).unwrap());
    let sent: DateTime = prepared.param("timestamp").unwrap().parse().unwrap();
    let sent = sent.to_offset_date_time();
    assert!(sent >= before.replace_nanosecond(0).unwrap() && sent <= after, "{sent} not within {before}..{after}");
    println!("timestamp-ok {}", prepared.param("timestamp").unwrap());
}

#[test]
fn timestamp_is_china_time_under_other_time_zones() {
    for zone in ["America/New_York", "UTC", "Pacific/Kiritimati", "EST5EDT"] {
        let output = std::process::Command::new(std::env::current_exe().unwrap())
            .args(["--exact", "timestamp_in_child_process", "--nocapture", "--test-threads=1"])
            .env(CHILD, "1")
            .env("TZ", zone)
            .output()
            .unwrap();
        let stdout = String::from_utf8_lossy(&output.stdout);
        assert!(output.status.success(), "TZ={zone}: {stdout}\n{}", String::from_utf8_lossy(&output.stderr));
        assert!(stdout.contains("timestamp-ok"), "TZ={zone}: the child did not run: {stdout}");
    }
}
