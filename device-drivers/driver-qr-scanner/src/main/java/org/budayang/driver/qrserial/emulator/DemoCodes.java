package org.budayang.driver.qrserial.emulator;

import java.util.Random;

/**
 * Made-up codes for the demo and the tests. None is real: the 医保电子凭证 token layout here is invented (the real
 * one is opaque and decoded only by the 医保 platform), and the payment codes follow only the public prefix and
 * length rules, so no payment system accepts them.
 */
public final class DemoCodes {
    /**
     * The 医保电子凭证 of demo citizen 1 (张三) that central's sandbox 医保 platform knows (reusable, valid until 2099;
     * central's {@code SandboxEcTokens.DEMO_TOKEN}): scanning it identifies 张三 end to end in the demo.
     */
    public static final String DEMO_ECTOKEN = "BDYEC1DEMO00010000000000000000000000000000000000000000000000DEMO";
    private static final String ALPHANUMERIC = "0123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";

    private final Random random;

    public DemoCodes(long seed) {
        this.random = new Random(seed);
    }

    /** A made-up 医保电子凭证 token: {@code BDYEC1} and 58 random letters and digits (64 characters). */
    public synchronized String ectoken() {
        StringBuilder token = new StringBuilder("BDYEC1");
        while (token.length() < 64) {
            token.append(ALPHANUMERIC.charAt(random.nextInt(ALPHANUMERIC.length())));
        }
        return token.toString();
    }

    /** A WeChat-shaped payment code: 18 digits starting 10..15. */
    public synchronized String wechatPay() {
        return (10 + random.nextInt(6)) + digits(16);
    }

    /** An Alipay-shaped payment code: 18 digits starting 25..30. */
    public synchronized String alipay() {
        return (25 + random.nextInt(6)) + digits(16);
    }

    /** A 电子身份证-style link (a made-up host). */
    public synchronized String electronicId() {
        return "https://ctid.example.gov.cn/v?c=" + digits(12);
    }

    private String digits(int count) {
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < count; i++) {
            text.append((char) ('0' + random.nextInt(10)));
        }
        return text.toString();
    }
}
