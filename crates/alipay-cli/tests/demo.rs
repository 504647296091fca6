//! `alipay demo` runs end to end and exits 0, so CI can run it.

mod common;

#[test]
fn the_demo_behaves_as_expected() {
    let out = common::run(["demo"]);
    assert_eq!(out.status, 0, "{}\n{}", out.stdout, out.stderr);
    let text = &out.stdout;
    assert_eq!(text.matches("✓ as expected").count(), 4, "{text}");
    assert!(!text.contains('✗'), "{text}");
    assert!(text.trim_end().ends_with("All 4 steps behaved as expected."), "{text}");
    for expected in [
        "── 1. Query a member card",
        "string to sign: app_id=2021000000000001&biz_content={\"target_card_no\":\"0000001\"",
        "the gateway verified it over the same string",
        "Verified response node:",
        "biz_card_no: Some(\"000001\")",
        "── 2. Sync an NFC card's status",
        "── 3. Query a card that does not exist",
        "sub_code: Some(CardNotExit)",
        "description: 会员卡不存在",
        "solution:    确认卡信息",
        "── 4. A client configured with the wrong private key",
        "the signature does NOT verify with the app public key",
        "\"sub_code\": \"isv.invalid-signature\"",
    ] {
        assert!(text.contains(expected), "missing {expected:?} in\n{text}");
    }
}
