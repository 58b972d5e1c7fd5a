package org.budayang.kiosk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.budayang.api.identity.CitizenIdentity;
import org.budayang.api.payments.Bill;
import org.budayang.api.payments.PaymentMethod;
import org.budayang.api.payments.PaymentOrder;
import org.budayang.api.payments.PaymentPaths;
import org.budayang.api.payments.PaymentState;
import org.budayang.api.services.QueryRequest;
import org.budayang.api.services.QueryResult;
import org.budayang.driver.cash.CashSessionState;
import org.budayang.driver.cash.CashSessionSummary;
import org.budayang.driver.cash.Denomination;
import org.budayang.driver.cashssp.emulator.AcceptorEmulator;
import org.budayang.driver.escpos.emulator.PrintedReceipt;
import org.budayang.driver.testkit.EmulatorCable;
import org.budayang.kiosk.journal.TxState;
import org.budayang.kiosk.service.CentralApi;
import org.budayang.kiosk.service.CentralProcess;
import org.budayang.kiosk.service.PrinterRig;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.ServiceFailure;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The kiosk's payments against the REAL central: {@link CentralProcess} (CentralMain in a child JVM, H2, the sandbox
 * departments and the sandbox QR provider), the kiosk enrolled and calling over mutual TLS, the real cash-ssp driver
 * on the SSP acceptor emulator and the real escpos driver on the printer emulator, both over loopback TCP. Every end
 * is checked on both sides: the kiosk's journal and what central answers to a GET of the order, and what the
 * printer printed (read back from the emulator, the voucher's QR as the printer received it).
 */
class RealCentralPaymentTest {
    static final String ADMIN_TOKEN = "sandbox-admin-token-of-the-payment-tests";
    static final String ID_CARD_FEE = "620102-GA01-GG00015001";
    static final String TRAFFIC_FINE = "620102-JJ01-GG00014001";
    static final String PENSION = "620102-SB01-GG00034001";
    static final String MEDICAL = "620102-YB01-GG00043001";
    /** 卓玛 of the sandbox's demo story (registered; 2026 insurances already paid). */
    static final String ZHUOMA_ID = "623001198807110026";
    static final ServiceDesk.Citizen ZHUOMA = new ServiceDesk.Citizen(CitizenIdentity.idCard(ZHUOMA_ID, null),
            ZHUOMA_ID, "卓玛");
    private static final Pattern CSRF = Pattern.compile("name=\"csrf\" value=\"([^\"]+)\"");

    static CentralProcess central;
    static final HttpClient HTTP = HttpClient.newHttpClient();

    @TempDir
    Path dir;
    AcceptorEmulator acceptor;
    EmulatorCable cable;
    PrinterRig printer;
    PayKiosk kiosk;

    @BeforeAll
    static void startCentral() throws Exception {
        central = CentralProcess.start(Files.createTempDirectory("pay-central"), List.of("-XX:TieredStopAtLevel=1"),
                "sandbox.adminToken=" + ADMIN_TOKEN);
    }

    @AfterAll
    static void stopCentral() throws Exception {
        if (central != null) {
            central.close();
        }
    }

    @BeforeEach
    void setUp() throws Exception {
        acceptor = new AcceptorEmulator();
        cable = EmulatorCable.tcp("SSP acceptor emulator", acceptor::serve);
        printer = new PrinterRig();
        kiosk = new PayKiosk(dir, central.api(), printer.port(), Map.of("link", "tcp", "host", "127.0.0.1",
                "tcpPort", cable.hostSettings().get("tcpPort")), true);
    }

    @AfterEach
    void tearDown() throws Exception {
        try {
            departments("NORMAL");
            kiosk.close();
        } finally {
            printer.close();
            cable.close();
            acceptor.close();
        }
    }

    private PaymentDesk desk() {
        return kiosk.payments.desk();
    }

    @Test
    void eachPaidItemIsBilledWithTheParamsItsFlowGathered() throws Exception {
        // 交通违法罚款: the decisionNo comes from the CONFIRM step's query result (the first unpaid violation)
        Map<String, String> form = Map.of("scope", "未处理的违法记录");
        QueryResult violations;
        try (CentralApi api = central.api()) {
            violations = api.query(new QueryRequest(TRAFFIC_FINE, ZHUOMA_ID, form), UUID.randomUUID().toString());
        }
        Map<String, String> params = BillParams.of(form, violations);
        String decision = params.get("decisionNo");
        assertNotNull(decision, "an unpaid violation of 卓玛 in " + violations);
        Bill fine = desk().bill(TRAFFIC_FINE, ZHUOMA, params);
        assertTrue(fine.subject().contains(decision), fine.toString());
        assertTrue(fine.amountFen() > 0, fine.toString());
        ServiceFailure noDecision = assertThrows(ServiceFailure.class,
                () -> desk().bill(TRAFFIC_FINE, ZHUOMA, BillParams.of(form, null)));
        assertEquals("DECISION_NO_INVALID", noDecision.code(), "without the query result central cannot bill");

        // 养老: the CHOOSE step's grade is read (a grade the rule knows, then 卓玛's 2026 payment refuses it)
        ServiceFailure pension = assertThrows(ServiceFailure.class,
                () -> desk().bill(PENSION, ZHUOMA, BillParams.of(Map.of("grade", "500"), null)));
        assertEquals("CONTRIBUTION_ALREADY_PAID", pension.code(), pension.getMessage());
        ServiceFailure noGrade = assertThrows(ServiceFailure.class,
                () -> desk().bill(PENSION, ZHUOMA, BillParams.of(Map.of(), null)));
        assertEquals("PENSION_GRADE_UNKNOWN", noGrade.code());
        // 医保: no year in the flow, central bills this year (卓玛 paid it: refused, not a 400)
        ServiceFailure medical = assertThrows(ServiceFailure.class,
                () -> desk().bill(MEDICAL, ZHUOMA, BillParams.of(Map.of(), null)));
        assertEquals("CONTRIBUTION_ALREADY_PAID", medical.code(), medical.getMessage());
        // 身份证补领工本费: no params, 20 元
        assertEquals(2_000, desk().bill(ID_CARD_FEE, ZHUOMA, BillParams.of(Map.of(), null)).amountFen());
    }

    @Test
    void anIdCardFeePaidWithTwoTenYuanNotesIsFulfilledAndItsReceiptPrinted() throws Exception {
        Payment payment = desk().order(desk().bill(ID_CARD_FEE, ZHUOMA, Map.of()), PaymentMethod.CASH);
        assertEquals(2_000, payment.order().amountFen());
        CashRun run = kiosk.payments.till().start(payment, p -> { });
        acceptor.insert(Denomination.YUAN_10);
        CashRig.await("10 元 credited", () -> run.summary().creditedFen() == 1_000);
        acceptor.insert(Denomination.YUAN_10);
        CashRig.await("paid", run::paid);
        assertEquals(CashSessionState.PAID, run.stop().state());
        PaymentOrder reported = desk().reportCash(payment, true);
        PaymentOrder done = desk().settle(payment, reported, Duration.ofSeconds(20), Duration.ofMillis(200));
        assertEquals(PaymentState.FULFILLED, done.state(), done.toString());
        assertNotNull(done.applicationId(), "办件编号");
        desk().end(payment, done);
        assertEquals(TxState.DONE, kiosk.journal.find(payment.txId()).orElseThrow().state());

        PaymentOrder atCentral = centralOrder(payment.orderNo());
        assertEquals(PaymentState.FULFILLED, atCentral.state());
        assertEquals(2_000, atCentral.paidFen());
        assertEquals(done.applicationId(), atCentral.applicationId());
        assertNull(atCentral.refund(), "delivered, never also refunded");
        assertEquals(2_000, acceptor.creditedFen(), "the acceptor credited what central holds");

        kiosk.payments.printer().print("pay-receipt-" + payment.orderNo(), kiosk.payments.receipts().paid(done, "卓玛"),
                URI.create("https://www.gszwfw.gov.cn/"));
        PrintedReceipt slip = only(printer.receiptsWith(payment.orderNo()));
        assertTrue(slip.isWhole(), slip.describe());
        for (String shown : List.of(payment.orderNo(), done.applicationId(), "20.00", "现金")) {
            assertTrue(slip.text().contains(shown), "缴费凭证 shows " + shown + ":\n" + slip.text());
        }
        assertTrue(!slip.text().contains(ZHUOMA_ID), "no ID number on the slip");
    }

    @Test
    void aQrOrderPaidOnCentralsPhonePageIsFulfilled() throws Exception {
        Payment payment = desk().order(desk().bill(ID_CARD_FEE, ZHUOMA, Map.of()), PaymentMethod.QR);
        assertEquals(PaymentState.CREATED, desk().poll(payment).state());
        String page = payOnThePhone(payment.order().qrPayload(), "支付成功");
        assertTrue(page.contains("20.00"), page);
        PaymentOrder done = desk().settle(payment, desk().poll(payment), Duration.ofSeconds(20),
                Duration.ofMillis(200));
        assertEquals(PaymentState.FULFILLED, done.state(), done.toString());
        desk().end(payment, done);
        PaymentOrder atCentral = centralOrder(payment.orderNo());
        assertEquals(PaymentState.FULFILLED, atCentral.state());
        assertNotNull(atCentral.applicationId());
        assertEquals(2_000, atCentral.paidFen());
        // pressing 确认支付 again takes nothing
        payOnThePhone(payment.order().qrPayload(), "该订单已支付");
        assertEquals(2_000, centralOrder(payment.orderNo()).paidFen());
    }

    @Test
    void aDepartmentFailureRefundsTheQrPaymentThroughTheProvider() throws Exception {
        Payment payment = desk().order(desk().bill(ID_CARD_FEE, ZHUOMA, Map.of()), PaymentMethod.QR);
        departments("FAILING");
        payOnThePhone(payment.order().qrPayload(), "支付成功");
        PaymentOrder end = desk().settle(payment, desk().poll(payment), Duration.ofSeconds(20),
                Duration.ofMillis(200));
        assertTrue(end.state() == PaymentState.REFUNDED || end.state() == PaymentState.REFUND_PENDING,
                end.toString());
        assertNotNull(end.refund(), "a voucher: " + end);
        assertNull(end.applicationId(), "refunded, never also delivered");
        desk().end(payment, end);
        assertEquals(TxState.COMPENSATED, kiosk.journal.find(payment.txId()).orElseThrow().state());
        CashRig.await("central refunded the QR payment at the provider",
                () -> centralOrderQuietly(payment.orderNo()).state() == PaymentState.REFUNDED);
        PaymentOrder atCentral = centralOrder(payment.orderNo());
        assertEquals(2_000, atCentral.refund().amountFen());
        assertTrue(atCentral.refund().settled(), atCentral.toString());
    }

    @Test
    void aDepartmentFailureAfterCashPrintsARefundVoucherWhoseQrOpensCentralsRefundPage() throws Exception {
        Payment payment = desk().order(desk().bill(ID_CARD_FEE, ZHUOMA, Map.of()), PaymentMethod.CASH);
        CashRun run = kiosk.payments.till().start(payment, p -> { });
        departments("FAILING");
        acceptor.insert(Denomination.YUAN_20);
        CashRig.await("paid", run::paid);
        run.stop();
        PaymentOrder end = desk().settle(payment, desk().reportCash(payment, true), Duration.ofSeconds(20),
                Duration.ofMillis(200));
        assertEquals(PaymentState.REFUND_PENDING, end.state(), end.toString());
        assertEquals(2_000, end.refund().amountFen());
        assertNull(end.applicationId());
        desk().end(payment, end);
        assertEquals(TxState.COMPENSATED, kiosk.journal.find(payment.txId()).orElseThrow().state());
        assertEquals(PaymentState.REFUND_PENDING, centralOrder(payment.orderNo()).state());

        String code = end.refund().code();
        assertTrue(code.matches("TK\\d{14}"), code);
        PrintedReceipt slip = printVoucher(payment, end);
        assertTrue(slip.text().contains("20.00"), slip.text());
        assertTrue(slip.text().contains("政务服务大厅"), "cash refunds are paid out at the hall: " + slip.text());
        // ops see it among the cash refunds to pay out
        HttpResponse<String> open = central.ops("/api/v1/ops/payments/refunds?method=CASH", null);
        assertEquals(200, open.statusCode(), open.body());
        assertTrue(open.body().contains(code), open.body());
    }

    @Test
    void cancelledAfterOneNoteTheVoucherIsForThatNote() throws Exception {
        Payment payment = desk().order(desk().bill(ID_CARD_FEE, ZHUOMA, Map.of()), PaymentMethod.CASH);
        CashRun run = kiosk.payments.till().start(payment, p -> { });
        acceptor.insert(Denomination.YUAN_10);
        CashRig.await("10 元 credited", () -> run.summary().creditedFen() == 1_000);
        CashSessionSummary stopped = run.stop();
        assertEquals(CashSessionState.CANCELLED, stopped.state());
        PaymentOrder cancelled = desk().cancel(payment, "CITIZEN_CANCELLED");
        assertEquals(PaymentState.REFUND_PENDING, cancelled.state(), cancelled.toString());
        assertEquals(1_000, cancelled.refund().amountFen());
        desk().end(payment, cancelled);
        assertEquals(TxState.COMPENSATED, kiosk.journal.find(payment.txId()).orElseThrow().state());
        PaymentOrder atCentral = centralOrder(payment.orderNo());
        assertEquals(PaymentState.REFUND_PENDING, atCentral.state());
        assertEquals(1_000, atCentral.paidFen());
        assertEquals(cancelled.refund().code(), atCentral.refund().code());
        assertNull(atCentral.applicationId());
        PrintedReceipt slip = printVoucher(payment, cancelled);
        assertTrue(slip.text().contains("10.00"), slip.text());
    }

    /** Prints the 退款凭证, reads it back and opens its QR (as the printer received it) on central's page. */
    private PrintedReceipt printVoucher(Payment payment, PaymentOrder end) throws Exception {
        String code = end.refund().code();
        kiosk.payments.printer().print("pay-refund-" + payment.orderNo(), kiosk.payments.receipts().refund(end,
                "卓玛"), URI.create(end.refund().qrPayload()));
        PrintedReceipt slip = only(printer.receiptsWith(code));
        assertTrue(slip.text().contains("退款凭证"), slip.text());
        assertTrue(slip.text().contains(payment.orderNo()), slip.text());
        assertEquals(1, slip.qrCodes().size(), slip.describe());
        String qr = slip.qrCodes().get(0).payload();
        assertEquals(central.url() + "/refund/" + code, qr);
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(qr)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        assertTrue(page.body().contains(code), page.body());
        assertTrue(page.body().contains(PaymentReceipts.yuan(end.refund().amountFen())), page.body());
        return slip;
    }

    /** The phone: GET the QR's page, POST its form with the CSRF token; answers the page after the press. */
    private static String payOnThePhone(String qrPayload, String expected) throws Exception {
        HttpResponse<String> page = HTTP.send(HttpRequest.newBuilder(URI.create(qrPayload)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertEquals(200, page.statusCode(), page.body());
        Matcher csrf = CSRF.matcher(page.body());
        if (!csrf.find()) {
            assertTrue(page.body().contains(expected), "no 确认支付 form, and not '" + expected + "': " + page.body());
            return page.body();
        }
        HttpResponse<String> pressed = HTTP.send(HttpRequest.newBuilder(URI.create(qrPayload))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString("csrf=" + URLEncoder.encode(csrf.group(1),
                        StandardCharsets.UTF_8))).build(), HttpResponse.BodyHandlers.ofString());
        assertTrue(pressed.body().contains(expected), pressed.statusCode() + " " + pressed.body());
        return page.body();
    }

    /** central's view: a GET of the order on its kiosk API with a client of its own (mutual TLS). */
    private static PaymentOrder centralOrder(String orderNo) throws ServiceFailure {
        try (CentralApi api = central.api()) {
            return api.get(PaymentPaths.order(orderNo), PaymentOrder.class);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static PaymentOrder centralOrderQuietly(String orderNo) {
        try {
            return centralOrder(orderNo);
        } catch (ServiceFailure f) {
            throw new AssertionError(f);
        }
    }

    /** Switches the sandbox 公安 department (which books the 工本费) through central's sandbox admin API. */
    private static void departments(String mode) throws Exception {
        String body = "{\"mode\":\"" + mode + "\",\"delayMillis\":0,\"failureRate\":" + (mode.equals("FAILING") ? 1.0
                : 0.0) + "}";
        HttpResponse<String> put = HTTP.send(HttpRequest.newBuilder(URI.create(central.url()
                        + "/sandbox/admin/departments/PUBLIC_SECURITY/mode"))
                .header("Authorization", "Bearer " + ADMIN_TOKEN).header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
        assertEquals(200, put.statusCode(), put.body());
    }

    private static PrintedReceipt only(List<PrintedReceipt> receipts) {
        assertEquals(1, receipts.size(), receipts.toString());
        return receipts.get(0);
    }
}
