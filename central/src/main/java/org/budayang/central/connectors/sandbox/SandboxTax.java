package org.budayang.central.connectors.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.budayang.api.catalog.Department;
import org.budayang.api.services.DepartmentAvailability;
import org.budayang.central.connectors.DepartmentErrors;
import org.budayang.central.connectors.IdNumbers;
import org.budayang.central.db.Jdbc;
import org.budayang.central.connectors.TaxConnector;
import org.budayang.central.web.ApiException;

/** The sandbox 税务 system over its sb_tax_* tables. */
public final class SandboxTax implements TaxConnector {
    static final int CHECKS_PER_DAY = 5;

    private final Jdbc jdbc;
    private final DepartmentGate gate;
    private final Clock clock;

    public SandboxTax(Jdbc jdbc, DepartmentGate gate, Clock clock) {
        this.jdbc = jdbc;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public Department department() {
        return Department.TAX;
    }

    @Override
    public DepartmentAvailability availability() {
        return gate.availability();
    }

    @Override
    public String taxpayerName(String idNumber) {
        String id = IdNumbers.require("idNumber", idNumber);
        gate.enter("a taxpayer lookup");
        return name(id);
    }

    @Override
    public List<IncomeRecord> incomeRecords(String idNumber, int fromYear, int toYear) {
        String id = IdNumbers.require("idNumber", idNumber);
        checkYears(fromYear, toYear);
        gate.enter("an income tax record query");
        name(id);
        return jdbc.list("SELECT * FROM sb_tax_income WHERE id_number = ? AND tax_year BETWEEN ? AND ? "
                        + "ORDER BY tax_year, record_id",
                r -> new IncomeRecord(r.getInt("tax_year"), r.getString("income_type"),
                        r.getString("withholding_agent"), r.getLong("income_fen"), r.getLong("tax_fen")),
                id, fromYear, toYear);
    }

    @Override
    public List<FeePayment> feePayments(String idNumber, int fromYear, int toYear) {
        String id = IdNumbers.require("idNumber", idNumber);
        checkYears(fromYear, toYear);
        gate.enter("a social insurance fee query");
        name(id);
        return jdbc.list("SELECT * FROM sb_tax_fee_payment WHERE id_number = ? AND fee_year BETWEEN ? AND ? "
                        + "ORDER BY fee_year, insurance, ticket_no",
                r -> new FeePayment(r.getString("ticket_no"), r.getString("insurance"), r.getInt("fee_year"),
                        r.getLong("amount_fen"), Jdbc.date(r, "paid_on")), id, fromYear, toYear);
    }

    @Override
    public InvoiceCheck checkInvoice(String invoiceNo, LocalDate issuedOn, long amountFen) {
        if (invoiceNo == null || !invoiceNo.matches("\\d{20}")) {
            throw new ApiException(400, "INVALID_PARAMETER", "invoiceNumber '" + invoiceNo
                    + "' is not a 20-digit invoice number (全电发票号码)", "发票号码应为20位数字，请核对后重新输入。");
        }
        if (amountFen <= 0) {
            throw new ApiException(400, "INVALID_PARAMETER", "a positive amount is required to check an invoice",
                    "请输入发票金额。");
        }
        gate.enter("an invoice check");
        LocalDate today = LocalDate.now(clock);
        int checks = takeCheckSlot(invoiceNo, today) - 1;
        return jdbc.one("SELECT * FROM sb_tax_invoice WHERE invoice_no = ?", r -> {
            boolean voided = r.getBoolean("voided");
            LocalDate issued = Jdbc.date(r, "issued_on");
            long amount = r.getLong("amount_fen");
            String result = voided ? "VOIDED" : (issuedOn == null || issued.equals(issuedOn)) && amount == amountFen
                    ? "MATCH" : "MISMATCH";
            return new InvoiceCheck(invoiceNo, result, r.getString("seller"), r.getString("buyer"), issued, amount,
                    checks + 1);
        }, invoiceNo).orElse(new InvoiceCheck(invoiceNo, "NOT_FOUND", null, null, null, null, checks + 1));
    }

    /**
     * Takes the next numbered check slot of the invoice and day (1..CHECKS_PER_DAY); the unique index on
     * (invoice_no, checked_on, check_no) lets only one of two concurrent checks have a slot, the other counts again.
     */
    private int takeCheckSlot(String invoiceNo, LocalDate today) {
        for (int attempt = 0; attempt < 2 * CHECKS_PER_DAY; attempt++) {
            int checks = jdbc.one("SELECT COUNT(*) FROM sb_tax_invoice_check WHERE invoice_no = ? AND checked_on = ?",
                    r -> r.getInt(1), invoiceNo, today).orElse(0);
            if (checks >= CHECKS_PER_DAY) {
                throw new ApiException(429, "INVOICE_CHECK_LIMIT", "Invoice " + invoiceNo + " was already checked "
                        + checks + " times today; the limit is " + CHECKS_PER_DAY + " per invoice and day.",
                        "同一张发票每天最多查验" + CHECKS_PER_DAY + "次，今天的查验次数已用完，请明天再试。");
            }
            try (Connection c = jdbc.dataSource().getConnection(); PreparedStatement insert = c.prepareStatement(
                    "INSERT INTO sb_tax_invoice_check (invoice_no, checked_on, check_no) VALUES (?, ?, ?)")) {
                Jdbc.bind(insert, invoiceNo, today, checks + 1);
                insert.executeUpdate();
                return checks + 1;
            } catch (SQLException e) {
                if (!"23505".equals(e.getSQLState())) {
                    throw Jdbc.failure("Cannot record a check of invoice " + invoiceNo, e);
                }
                // a concurrent check took this slot: count again
            }
        }
        throw new IllegalStateException("Could not record a check of invoice " + invoiceNo + " after "
                + 2 * CHECKS_PER_DAY + " attempts (contention on its check slots)");
    }

    private String name(String id) {
        return jdbc.one("SELECT name FROM sb_tax_taxpayer WHERE id_number = ?", r -> r.getString(1), id)
                .orElseThrow(() -> DepartmentErrors.citizenNotFound(Department.TAX, id, "taxpayer registration"));
    }

    private void checkYears(int fromYear, int toYear) {
        int now = LocalDate.now(clock).getYear();
        if (fromYear < 2019 || toYear > now || fromYear > toYear) {
            throw new ApiException(400, "INVALID_PARAMETER", "years " + fromYear + ".." + toYear
                    + " are not a range within 2019.." + now + " (records start with the 2019 income tax reform)",
                    "查询年度应在2019年至" + now + "年之间，请重新选择。");
        }
    }
}
