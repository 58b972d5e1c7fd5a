package org.budayang.central.payments.bills;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.api.json.ApiJson;
import org.budayang.api.payments.Bill;
import org.budayang.central.db.Jdbc;

/** Bills in pay_bill. */
public final class BillRepository {
    private static final ObjectMapper JSON = ApiJson.mapper();
    private final Jdbc jdbc;

    public BillRepository(DataSource dataSource) {
        this.jdbc = new Jdbc(dataSource);
    }

    void insert(StoredBill b) {
        jdbc.update("INSERT INTO pay_bill (bill_id, kiosk_id, item_code, rule, payer_id_number, beneficiary, target, "
                        + "subject, payee, lines_json, amount_fen, created_at, valid_until) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                b.billId(), b.kioskId(), b.itemCode(), b.kind().name(), b.payerIdNumber(), b.beneficiary(), b.target(),
                b.subject(), b.payee(), write(b.lines()), b.amountFen(), b.createdAt(), b.validUntil());
    }

    public Optional<StoredBill> find(String billId) {
        return jdbc.one("SELECT * FROM pay_bill WHERE bill_id = ?", BillRepository::row, billId);
    }

    private static StoredBill row(ResultSet r) throws SQLException {
        List<Bill.BillLine> lines;
        try {
            lines = JSON.readValue(r.getString("lines_json"), new TypeReference<List<Bill.BillLine>>() { });
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("pay_bill " + r.getString("bill_id") + " has unreadable lines_json", e);
        }
        return new StoredBill(r.getString("bill_id"), r.getString("kiosk_id"), r.getString("item_code"),
                FeeKind.valueOf(r.getString("rule")), r.getString("payer_id_number"), r.getString("beneficiary"),
                r.getString("target"), r.getString("subject"), r.getString("payee"), lines, r.getLong("amount_fen"),
                Jdbc.instant(r, "created_at"), Jdbc.instant(r, "valid_until"));
    }

    private static String write(Object value) {
        try {
            return JSON.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write bill lines as JSON", e);
        }
    }
}
