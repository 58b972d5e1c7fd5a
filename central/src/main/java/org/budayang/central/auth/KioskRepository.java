package org.budayang.central.auth;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.central.db.DatabaseException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@code kiosks} table: each known kiosk with the hash of its secret. Synchronised from the
 * configuration at start ({@link #sync(Map)}): configured kiosks are added or updated, kiosks no
 * longer configured are disabled (kept, so that their history stays attributable).
 */
public final class KioskRepository {
    private static final Logger LOG = LoggerFactory.getLogger(KioskRepository.class);

    private final DataSource dataSource;
    private final Clock clock;

    public KioskRepository(DataSource dataSource, Clock clock) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    /** Makes the table hold exactly the configured kiosks as enabled; all others disabled. */
    public void sync(Map<String, SecretHash> configured) {
        OffsetDateTime now = OffsetDateTime.now(clock).withOffsetSameInstant(ZoneOffset.UTC);
        int added = 0;
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try (PreparedStatement update = connection.prepareStatement(
                    "UPDATE kiosks SET secret_hash = ?, enabled = TRUE, updated_at = ? WHERE kiosk_id = ?");
                 PreparedStatement insert = connection.prepareStatement(
                         "INSERT INTO kiosks (kiosk_id, secret_hash, enabled, updated_at) VALUES (?, ?, TRUE, ?)");
                 PreparedStatement disable = connection.prepareStatement(
                         "UPDATE kiosks SET enabled = FALSE, updated_at = ? WHERE enabled = TRUE")) {
                disable.setObject(1, now);
                disable.executeUpdate();
                for (Map.Entry<String, SecretHash> kiosk : configured.entrySet()) {
                    update.setString(1, kiosk.getValue().encoded());
                    update.setObject(2, now);
                    update.setString(3, kiosk.getKey());
                    if (update.executeUpdate() == 0) {
                        insert.setString(1, kiosk.getKey());
                        insert.setString(2, kiosk.getValue().encoded());
                        insert.setObject(3, now);
                        insert.executeUpdate();
                        added++;
                    }
                }
                connection.commit();
            } catch (SQLException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot synchronise the kiosks table with the " + configured.size()
                    + " configured kiosks (SQLState " + e.getSQLState() + ")", e);
        }
        LOG.info("Kiosks synchronised from the configuration: {} enabled ({} new)", configured.size(), added);
    }

    /** The secret hash of an enabled kiosk; empty for an unknown or disabled one. */
    public Optional<SecretHash> enabledSecret(String kioskId) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(
                     "SELECT secret_hash FROM kiosks WHERE kiosk_id = ? AND enabled = TRUE")) {
            select.setString(1, kioskId);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(SecretHash.parse(rows.getString(1))) : Optional.empty();
            }
        } catch (SQLException e) {
            throw new DatabaseException("Cannot read kiosk " + kioskId + " from the kiosks table (SQLState "
                    + e.getSQLState() + ")", e);
        }
    }
}
