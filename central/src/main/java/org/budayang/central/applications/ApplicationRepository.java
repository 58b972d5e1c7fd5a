package org.budayang.central.applications;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.api.catalog.Department;
import org.budayang.api.json.ApiJson;
import org.budayang.api.services.ApplicationOutcome;
import org.budayang.api.services.ApplicationStatus;
import org.budayang.api.services.Requirement;
import org.budayang.central.db.Jdbc;

/** Applications in app_application / app_letter / app_status_history; numbers from app_number_sequence. */
final class ApplicationRepository {

    private final DataSource dataSource;
    private final Jdbc jdbc;
    private final ApplicationNumbers numbers;
    private final ObjectMapper json = ApiJson.mapper();

    ApplicationRepository(DataSource dataSource) {
        this.dataSource = dataSource;
        this.jdbc = new Jdbc(dataSource);
        this.numbers = new ApplicationNumbers(dataSource);
    }

    /** The next 办件编号 of the region and day (see {@link ApplicationNumbers}). */
    String nextNumber(String regionCode, LocalDate day) {
        return numbers.next(regionCode, day);
    }

    void insert(StoredApplication a) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("INSERT INTO app_application (application_no, item_code, "
                    + "item_name, department, agency, applicant_id_number, applicant_name, form_json, materials_json, "
                    + "missing_json, outcome, status, submitted_at, status_changed_at, promised_on, deferred_deadline) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                Jdbc.bind(s, a.number(), a.itemCode(), a.itemName(), a.department().name(), a.agency(),
                        a.applicantIdNumber(), a.applicantName(), write(a.form()), write(a.materials()),
                        write(a.missing()), a.outcome().name(), a.status().name(), a.submittedAt(),
                        a.statusChangedAt(), a.promisedOn(), a.deferredDeadline());
                s.executeUpdate();
                for (StoredApplication.Letter letter : a.letters()) {
                    try (PreparedStatement l = c.prepareStatement("INSERT INTO app_letter (application_no, letter_kind,"
                            + " letter_version, signed_at) VALUES (?, ?, ?, ?)")) {
                        Jdbc.bind(l, a.number(), letter.kind(), letter.version(), letter.signedAt());
                        l.executeUpdate();
                    }
                }
                history(c, a.number(), a.status(), a.submittedAt());
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw Jdbc.failure("Cannot store application " + a.number(), e);
        }
    }

    /** Moves an application to {@code next} unless another node did it already. */
    void updateStatus(String number, ApplicationStatus from, ApplicationStatus next, Instant at) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement("UPDATE app_application SET status = ?, status_changed_at = ?"
                    + " WHERE application_no = ? AND status = ?")) {
                Jdbc.bind(s, next.name(), at, number, from.name());
                if (s.executeUpdate() == 1) {
                    history(c, number, next, at);
                }
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw Jdbc.failure("Cannot move application " + number + " to " + next, e);
        }
    }

    Optional<StoredApplication> find(String number) {
        List<StoredApplication.Letter> letters = jdbc.list("SELECT letter_kind, letter_version, signed_at FROM app_letter"
                        + " WHERE application_no = ? ORDER BY letter_kind",
                r -> new StoredApplication.Letter(r.getString(1), r.getString(2), Jdbc.instant(r, "signed_at")), number);
        return jdbc.one("SELECT * FROM app_application WHERE application_no = ?", r -> map(r, letters), number);
    }

    /** The status history, oldest first: status name → when. */
    List<Map.Entry<ApplicationStatus, Instant>> history(String number) {
        return jdbc.list("SELECT status, changed_at FROM app_status_history WHERE application_no = ? ORDER BY changed_at",
                r -> Map.entry(ApplicationStatus.valueOf(r.getString(1)), Jdbc.instant(r, "changed_at")), number);
    }

    private static void history(Connection c, String number, ApplicationStatus status, Instant at) throws SQLException {
        try (PreparedStatement h = c.prepareStatement(
                "INSERT INTO app_status_history (application_no, status, changed_at) VALUES (?, ?, ?)")) {
            Jdbc.bind(h, number, status.name(), at);
            h.executeUpdate();
        }
    }

    private StoredApplication map(ResultSet r, List<StoredApplication.Letter> letters) throws SQLException {
        return new StoredApplication(r.getString("application_no"), r.getString("item_code"), r.getString("item_name"),
                Department.valueOf(r.getString("department")), r.getString("agency"),
                r.getString("applicant_id_number"), r.getString("applicant_name"),
                read(r.getString("form_json"), new TypeReference<Map<String, String>>() { }),
                read(r.getString("materials_json"), new TypeReference<List<String>>() { }),
                read(r.getString("missing_json"), new TypeReference<List<Requirement>>() { }),
                ApplicationOutcome.valueOf(r.getString("outcome")), ApplicationStatus.valueOf(r.getString("status")),
                Jdbc.instant(r, "submitted_at"), Jdbc.instant(r, "status_changed_at"), Jdbc.date(r, "promised_on"),
                Jdbc.date(r, "deferred_deadline"), letters);
    }

    private String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write application data as JSON", e);
        }
    }

    private <T> T read(String text, TypeReference<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored application data is not valid JSON", e);
        }
    }
}
