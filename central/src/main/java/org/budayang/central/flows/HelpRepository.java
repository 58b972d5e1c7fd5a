package org.budayang.central.flows;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.central.db.Jdbc;

/** The flow_help_request table (V81): 呼叫帮办 requests, open until closed. */
public final class HelpRepository {
    private final DataSource dataSource;
    private final Jdbc jdbc;

    public HelpRepository(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
    }

    /**
     * One stored help request.
     *
     * @param closedAt when ops closed it, null while open
     */
    public record StoredHelp(String helpId, String kioskId, String siteId, String itemCode, String screen,
                             String reason, int expectedMinutes, String message, String phone, Instant requestedAt,
                             Instant closedAt) {
        public boolean open() {
            return closedAt == null;
        }
    }

    /** False when the help id is already taken. */
    public boolean insert(StoredHelp h) {
        return OnceInsert.insert(dataSource, "Storing help request " + h.helpId(), List.of(new OnceInsert.Statement(
                "INSERT INTO flow_help_request (help_id, kiosk_id, site_id, item_code, screen, reason, "
                        + "expected_minutes, message, phone, requested_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                h.helpId(), h.kioskId(), h.siteId(), h.itemCode(), h.screen(), h.reason(), h.expectedMinutes(),
                h.message(), h.phone(), h.requestedAt())));
    }

    public Optional<StoredHelp> find(String helpId) {
        return jdbc.one("SELECT * FROM flow_help_request WHERE help_id = ?", HelpRepository::map, helpId);
    }

    /** How many requests at the site are open and were raised after {@code since}. */
    public int openAt(String siteId, Instant since) {
        return jdbc.one("SELECT COUNT(*) AS n FROM flow_help_request WHERE site_id = ? AND closed_at IS NULL "
                + "AND requested_at > ?", r -> r.getInt("n"), siteId, since).orElse(0);
    }

    /** The open requests, oldest first (for the ops console). */
    public List<StoredHelp> open() {
        return jdbc.list("SELECT * FROM flow_help_request WHERE closed_at IS NULL ORDER BY requested_at, help_id",
                HelpRepository::map);
    }

    /** Closes an open request; false when it does not exist or was closed already. */
    public boolean close(String helpId, Instant at) {
        return jdbc.update("UPDATE flow_help_request SET closed_at = ? WHERE help_id = ? AND closed_at IS NULL",
                at, helpId) == 1;
    }

    private static StoredHelp map(ResultSet r) throws SQLException {
        return new StoredHelp(r.getString("help_id"), r.getString("kiosk_id"), r.getString("site_id"),
                r.getString("item_code"), r.getString("screen"), r.getString("reason"), r.getInt("expected_minutes"),
                r.getString("message"), r.getString("phone"), Jdbc.instant(r, "requested_at"),
                Jdbc.instant(r, "closed_at"));
    }
}
