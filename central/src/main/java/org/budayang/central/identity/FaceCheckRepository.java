package org.budayang.central.identity;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.api.identity.FaceCheckDetail;

/**
 * The results of face checks in table {@code face_checks} (never the images). Implements
 * {@link IdentityChecks} for the features that rely on an earlier check.
 */
public final class FaceCheckRepository implements IdentityChecks {
    private final DataSource dataSource;

    public FaceCheckRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    /** Stores one result; {@code kioskId} may be null when the caller is not known. */
    void save(FaceCheck check, FaceCheckDetail detail, String kioskId) {
        String sql = "INSERT INTO face_checks (verification_id, id_number, matched, score, reason, detail, kiosk_id,"
                + " checked_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, check.verificationId());
            s.setString(2, check.idNumber());
            s.setBoolean(3, check.matched());
            s.setDouble(4, check.score());
            s.setString(5, check.reason());
            s.setString(6, detail == null ? null : detail.name());
            s.setString(7, kioskId);
            s.setObject(8, OffsetDateTime.ofInstant(check.at(), ZoneOffset.UTC));
            s.executeUpdate();
        } catch (SQLException e) {
            throw org.budayang.central.db.Jdbc.failure("Cannot store face check " + check.verificationId()
                    + " in table face_checks", e);
        }
    }

    @Override
    public Optional<FaceCheck> faceCheck(String verificationId) {
        if (verificationId == null || verificationId.length() > 64) {
            return Optional.empty();
        }
        String sql = "SELECT verification_id, id_number, matched, score, reason, checked_at FROM face_checks"
                + " WHERE verification_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, verificationId);
            try (ResultSet rows = s.executeQuery()) {
                if (!rows.next()) {
                    return Optional.empty();
                }
                return Optional.of(new FaceCheck(rows.getString(1), rows.getString(2), rows.getBoolean(3),
                        rows.getDouble(4), rows.getString(5), rows.getObject(6, OffsetDateTime.class).toInstant()));
            }
        } catch (SQLException e) {
            throw org.budayang.central.db.Jdbc.failure("Cannot read face check " + verificationId
                    + " from table face_checks", e);
        }
    }
}
