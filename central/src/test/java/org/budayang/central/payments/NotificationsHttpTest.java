package org.budayang.central.payments;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.Map;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.central.Http;
import org.budayang.central.TestCatalogs;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.Test;

/**
 * The provider's notification endpoint: signed with the sandbox key over timestamp, id and body (computed here
 * independently of the provider's code); forged, stale and replayed notifications are refused.
 */
class NotificationsHttpTest {
    private static final String PATH = "/api/v1/payments/notifications/sandbox";

    static String sign(String key, long timestamp, String id, String body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        mac.update((timestamp + "\n" + id + "\n").getBytes(StandardCharsets.UTF_8));
        return HexFormat.of().formatHex(mac.doFinal(body.getBytes(StandardCharsets.UTF_8)));
    }

    static HttpResponse<String> notify(PaymentsFixture central, long timestamp, String id, String body,
                                       String signature) {
        return Http.sendBody("POST", central.url() + PATH, body, "X-Sandbox-Pay-Timestamp", String.valueOf(timestamp),
                "X-Sandbox-Pay-Notification", id, "X-Sandbox-Pay-Signature", signature);
    }

    @Test
    void onlyAFreshCorrectlySignedNotificationIsActedOnAndOnlyOnce() throws Exception {
        try (PaymentsFixture central = new PaymentsFixture(TestDatabases.Kind.H2)) {
            central.provider.notifications(false);
            PaymentsFixture.Reply bill = central.bill("GG00015001", BillsHttpTest.ZHUOMA, "卓玛", Map.of());
            PaymentsFixture.Reply order = central.order(bill.at("billId"), 2000, "QR");
            String orderNo = order.at("orderNo");
            long now = TestCatalogs.NOW.getEpochSecond();
            String body = "{\"orderNo\":\"" + orderNo + "\",\"paidFen\":2000,\"paidAt\":\"" + TestCatalogs.NOW + "\"}";

            // forged: the provider never took the money; a notification signed with another key is refused
            HttpResponse<String> forged = notify(central, now, "NTforged0001", body,
                    sign("another-key-0123456789-0123456789-abcdef", now, "NTforged0001", body));
            assertEquals(401, forged.statusCode(), forged.body());
            assertEquals("NOTIFICATION_FORGED", PaymentsFixture.JSON.readTree(forged.body()).path("code").asText());
            String tampered = body.replace("2000", "1");
            HttpResponse<String> changed = notify(central, now, "NTforged0002", tampered,
                    sign(PaymentsFixture.SECRET, now, "NTforged0002", body));
            assertEquals(401, changed.statusCode(), "a body changed after signing");
            HttpResponse<String> stale = notify(central, now - 600, "NTstale00001", body,
                    sign(PaymentsFixture.SECRET, now - 600, "NTstale00001", body));
            assertEquals(401, stale.statusCode());
            assertEquals("NOTIFICATION_STALE", PaymentsFixture.JSON.readTree(stale.body()).path("code").asText());
            assertEquals("CREATED", central.text("SELECT state FROM pay_order WHERE order_no = ?", orderNo)
                    .orElseThrow(), "nothing forged moved the order");

            // pay on the phone (no notification sent), then deliver a genuine one twice
            PaymentsFixture.form(order.at("qrPayload"), "csrf=" + QrPaymentHttpTest.csrf(
                    PaymentsFixture.page(order.at("qrPayload"))));
            String signature = sign(PaymentsFixture.SECRET, now, "NTgenuine001", body);
            HttpResponse<String> genuine = notify(central, now, "NTgenuine001", body, signature);
            assertEquals(200, genuine.statusCode(), genuine.body());
            assertEquals("FULFILLED", central.text("SELECT state FROM pay_order WHERE order_no = ?", orderNo)
                    .orElseThrow());
            HttpResponse<String> replayed = notify(central, now, "NTgenuine001", body, signature);
            assertEquals(409, replayed.statusCode());
            assertEquals("NOTIFICATION_REPLAYED", PaymentsFixture.JSON.readTree(replayed.body()).path("code")
                    .asText());
            assertEquals(1, central.count("SELECT COUNT(*) FROM pay_sb_department_posting WHERE order_no = ?",
                    orderNo));
            assertEquals("FULFILLED", central.get(PaymentPaths.order(orderNo)).at("state"));
            HttpResponse<String> unknown = Http.sendBody("POST", central.url()
                    + "/api/v1/payments/notifications/alipay", body);
            assertEquals(404, unknown.statusCode());
            assertEquals("PROVIDER_UNKNOWN", PaymentsFixture.JSON.readTree(unknown.body()).path("code").asText());
        }
    }
}
