package org.budayang.central.connectors;

import java.time.LocalDate;
import java.util.List;

/** The 税务 department's functions: 纳税记录, social insurance fees collected, 发票查验. */
public interface TaxConnector extends DepartmentConnector {

    /** The taxpayer's name as registered; 404 CITIZEN_NOT_FOUND when not registered. */
    String taxpayerName(String idNumber);

    /** Income tax records of the years fromYear..toYear, oldest first (may be empty). */
    List<IncomeRecord> incomeRecords(String idNumber, int fromYear, int toYear);

    /** Social insurance fees paid through the tax system in fromYear..toYear, oldest first (may be empty). */
    List<FeePayment> feePayments(String idNumber, int fromYear, int toYear);

    /**
     * Checks an invoice against the issued record; at most 5 checks per invoice and day
     * (the 6th answers 429 INVOICE_CHECK_LIMIT). A null {@code issuedOn} checks the amount only (the kiosk's
     * form asks for number and amount).
     */
    InvoiceCheck checkInvoice(String invoiceNo, LocalDate issuedOn, long amountFen);

    record IncomeRecord(int year, String incomeType, String withholdingAgent, long incomeFen, long taxFen) {
    }

    record FeePayment(String ticketNo, String insurance, int year, long amountFen, LocalDate paidOn) {
    }

    /** @param result MATCH, MISMATCH, NOT_FOUND or VOIDED; seller/buyer/amount only when the invoice exists */
    record InvoiceCheck(String invoiceNo, String result, String seller, String buyer, LocalDate issuedOn,
                        Long amountFen, int checksToday) {
    }
}
