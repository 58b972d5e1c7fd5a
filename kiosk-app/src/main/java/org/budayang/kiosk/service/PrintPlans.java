package org.budayang.kiosk.service;

import java.net.URI;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.documents.IssueCertificateRequest;
import org.budayang.api.documents.IssuedDocument;
import org.budayang.api.services.ApplicationOutcome;
import org.budayang.api.services.ApplicationReceipt;
import org.budayang.api.services.PensionCertification;
import org.budayang.api.services.QueryResult;
import org.budayang.api.services.ResultField;
import org.budayang.api.services.ResultSection;
import org.budayang.driver.printer.PrintDocument;
import org.budayang.driver.printer.Receipt;
import org.budayang.driver.printer.receipts.AcceptanceReceipt;
import org.budayang.driver.printer.receipts.DisclosureNotice;
import org.budayang.kiosk.printing.GuideLinks;
import org.budayang.kiosk.printing.PrintRequest;
import org.budayang.kiosk.printing.PrintService;

/**
 * Decides what a transaction's PRINT step prints ({@link #plan}) and turns a plan into a print request
 * ({@link #prepare}): a certificate is issued at central with the plan's issue key and its PDF fetched; receipts
 * are built from the plan's stored content, so a reprint is the same receipt.
 */
final class PrintPlans {
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    /** A plan ready to print: the request and what the citizen is told it printed. */
    record Prepared(PrintRequest request, ServiceDesk.Printed printed) {
    }

    private final CentralApi api;
    private final GuideLinks links;
    private final Clock clock;
    private final ZoneId zone;

    PrintPlans(CentralApi api, GuideLinks links, Clock clock) {
        this.api = Objects.requireNonNull(api, "api");
        this.links = Objects.requireNonNull(links, "links");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.zone = clock.getZone();
    }

    /**
     * The plan for {@code tx}: after a submission its receipt (受理凭证, 一次性告知单 or the certification); for an item
     * with a document printer the certificate; otherwise the query result (queried now with {@code params} when the
     * flow did not query before). A certificate is asked for with {@code params}: the citizen's choices (year,
     * certificate kind…) and, on an item without SUBMIT, the letters signed at the kiosk ({@code commitmentLetter},
     * {@code deferralLetter}, {@code deferredMaterials}), each value cut to the request's 100 characters.
     */
    PrintPlan plan(DeskTx tx, Map<String, String> params) throws ServiceFailure {
        ServiceItem item = tx.item();
        String guide = links.link(item).toString();
        if (tx.certification() != null) {
            return receiptPlan(PrintPlan.Kind.CERTIFICATION, "养老保险待遇资格认证回执", guide,
                    api.write(tx.certification()));
        }
        if (tx.submission() != null) {
            ApplicationReceipt receipt = tx.submission().receipt();
            if (receipt.outcome() == ApplicationOutcome.NOT_ACCEPTED) {
                DisclosureNotice notice = new DisclosureNotice(item.name(), receipt.missing().stream()
                        .map(r -> r.name() + (r.detail() == null || r.detail().isBlank() ? "" : "（" + r.detail() + "）"))
                        .map(text -> fit(text, 100)).toList(),
                        fit(item.guide().location(), 80), fit(item.guide().hours(), 60), guide,
                        LocalDateTime.now(clock));
                return receiptPlan(PrintPlan.Kind.DISCLOSURE, "一次性告知单", guide, api.write(notice));
            }
            ServiceDesk.Citizen citizen = requireCitizen(tx, "a 受理凭证");
            AcceptanceReceipt acceptance = new AcceptanceReceipt(item.agency(), item.name(), receipt.number(),
                    citizen.name(), citizen.idNumber(), LocalDateTime.ofInstant(receipt.submittedAt(), zone),
                    receipt.promisedDate(), guide);
            return receiptPlan(PrintPlan.Kind.ACCEPTANCE, "受理凭证", guide, api.write(acceptance));
        }
        if (item.devices().contains(DeviceRole.DOCUMENT_PRINTER)) {
            ServiceDesk.Citizen citizen = requireCitizen(tx, "a certificate");
            String body = api.write(new IssueCertificateRequest(item.implementationCode(), citizen.idNumber(),
                    certificateParams(params)));
            return new PrintPlan(PrintPlan.Kind.CERTIFICATE, item.name(), PrintService.newJobId("cert"),
                    java.util.UUID.randomUUID().toString(), guide, body);
        }
        QueryResult result = tx.lastQuery();
        if (result == null) {
            throw new ServiceFailure("NOTHING_TO_PRINT", "transaction " + tx.id() + " of item "
                    + item.implementationCode() + " has no submission, no certificate and no query result to print;"
                    + " the flow must query (desk.query) before PRINT", "没有可打印的内容，请返回重新查询。", false);
        }
        return receiptPlan(PrintPlan.Kind.QUERY, trim(result.title()), guide, api.write(result));
    }

    /** The params a certificate request carries: blank values left out, each value at most 100 characters. */
    static Map<String, String> certificateParams(Map<String, String> params) {
        Map<String, String> kept = new java.util.LinkedHashMap<>();
        if (params != null) {
            params.forEach((key, value) -> {
                if (value != null && !value.isBlank() && kept.size() < IssueCertificateRequest.MAX_PARAMS) {
                    kept.put(key, fit(value.strip(), 100));
                }
            });
        }
        return kept;
    }

    private PrintPlan receiptPlan(PrintPlan.Kind kind, String title, String guide, String body) {
        return new PrintPlan(kind, title, PrintService.newJobId("receipt"), null, guide, body);
    }

    private static ServiceDesk.Citizen requireCitizen(DeskTx tx, String what) throws ServiceFailure {
        if (tx.citizen() == null) {
            throw new ServiceFailure("IDENTIFICATION_REQUIRED", "transaction " + tx.id() + " of item "
                    + tx.item().implementationCode() + " has no identified citizen; " + what + " needs one",
                    "请先核验身份后再打印。", false);
        }
        return tx.citizen();
    }

    /** Makes the plan printable: issues and fetches a certificate, or builds the receipt from the stored content. */
    Prepared prepare(PrintPlan plan, Consumer<String> progress) throws ServiceFailure {
        URI anotherWay = URI.create(plan.anotherWay());
        return switch (plan.kind()) {
            case CERTIFICATE -> {
                progress.accept("正在生成证明…");
                IssuedDocument doc = api.issueCertificate(plan.body(), plan.issueKey()).value();
                byte[] pdf = api.documentPdf(doc.code());
                progress.accept("正在打印，共" + doc.pages() + "页…");
                yield new Prepared(PrintRequest.document(plan.jobId(), new PrintDocument(doc.title(), pdf, 1, false),
                        URI.create(doc.verifyUrl())), new ServiceDesk.Printed(doc.title(), doc.pages(), doc.code()));
            }
            case ACCEPTANCE -> receipt(plan, api.read(plan.body(), AcceptanceReceipt.class).toReceipt(), anotherWay,
                    progress);
            case DISCLOSURE -> receipt(plan, api.read(plan.body(), DisclosureNotice.class).toReceipt(), anotherWay,
                    progress);
            case QUERY -> receipt(plan, queryReceipt(api.read(plan.body(), QueryResult.class), plan.anotherWay()),
                    anotherWay, progress);
            case CERTIFICATION -> receipt(plan, certificationReceipt(api.read(plan.body(),
                    PensionCertification.class), plan.anotherWay()), anotherWay, progress);
        };
    }

    private static Prepared receipt(PrintPlan plan, Receipt receipt, URI anotherWay, Consumer<String> progress) {
        progress.accept("正在打印" + plan.title() + "…");
        return new Prepared(PrintRequest.receipt(plan.jobId(), receipt, anotherWay),
                new ServiceDesk.Printed(plan.title(), 1, null));
    }

    private Receipt queryReceipt(QueryResult result, String guide) {
        Receipt.Builder r = Receipt.builder().heading(trim(result.title())).rule();
        for (ResultSection section : result.sections()) {
            if (section.heading() != null && !section.heading().isBlank()) {
                r.text("【" + section.heading() + "】");
            }
            for (ResultField field : section.fields()) {
                r.pair(field.label(), field.value());
            }
            if (section.table() != null) {
                r.text(String.join(" | ", section.table().header()));
                for (var row : section.table().rows()) {
                    r.text(String.join(" | ", row));
                }
            }
            r.rule();
        }
        return r.pair("查询时间", MINUTE.format(LocalDateTime.ofInstant(result.answeredAt(), zone)))
                .qr(guide).centred("扫码查看办事指南").feed(1).cut().build();
    }

    private Receipt certificationReceipt(PensionCertification c, String guide) {
        return Receipt.builder().heading("养老保险待遇资格认证").rule()
                .pair("认证编号", c.certificationNumber())
                .pair("认证时间", MINUTE.format(LocalDateTime.ofInstant(c.certifiedAt(), zone)))
                .pair("下次认证", c.nextDueDate().toString())
                .text(c.message()).rule().qr(guide).feed(1).cut().build();
    }

    private static String trim(String title) {
        return fit(title, 100);
    }

    /** The text cut to {@code max} characters with an ellipsis (the full guide is behind the QR). */
    static String fit(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
