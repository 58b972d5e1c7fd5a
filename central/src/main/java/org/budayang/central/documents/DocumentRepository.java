package org.budayang.central.documents;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.ZoneOffset;
import java.util.Objects;
import java.util.Optional;
import javax.sql.DataSource;

/** The {@code documents} table (migration V60), plain JDBC; the same SQL on H2 and PostgreSQL. */
public final class DocumentRepository {
    private static final String COLUMNS = "code, kind, title, item_code, issuing_agency, holder_name_masked, "
            + "id_number_masked, issued_on, issued_at, page_count, size_bytes, sha256, kiosk_id";

    private final DataSource dataSource;

    public DocumentRepository(DataSource dataSource) {
        this.dataSource = Objects.requireNonNull(dataSource, "dataSource");
    }

    public void insert(StoredDocument document, byte[] pdf) {
        String sql = "INSERT INTO documents (" + COLUMNS + ", pdf) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
        try (Connection connection = dataSource.getConnection();
             PreparedStatement insert = connection.prepareStatement(sql)) {
            insert.setString(1, document.code().value());
            insert.setString(2, document.kind());
            insert.setString(3, document.title());
            insert.setString(4, document.itemCode());
            insert.setString(5, document.issuingAgency());
            insert.setString(6, document.holderNameMasked());
            insert.setString(7, document.idNumberMasked());
            insert.setObject(8, document.issuedOn());
            insert.setObject(9, document.issuedAt().atOffset(ZoneOffset.UTC));
            insert.setInt(10, document.pageCount());
            insert.setInt(11, document.sizeBytes());
            insert.setString(12, document.sha256());
            insert.setString(13, document.kioskId());
            insert.setBytes(14, pdf);
            insert.executeUpdate();
        } catch (SQLException e) {
            throw failure("store document " + document.code(), e);
        }
    }

    public Optional<StoredDocument> find(VerificationCode code) {
        return one("SELECT " + COLUMNS + " FROM documents WHERE code = ?", code.value());
    }

    /** The document whose signed PDF has this SHA-256 (lower-case hex), if central issued it. */
    public Optional<StoredDocument> findBySha256(String sha256) {
        return one("SELECT " + COLUMNS + " FROM documents WHERE sha256 = ?", sha256);
    }

    public Optional<byte[]> pdf(VerificationCode code) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement("SELECT pdf FROM documents WHERE code = ?")) {
            select.setString(1, code.value());
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(rows.getBytes(1)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the PDF of document " + code, e);
        }
    }

    private Optional<StoredDocument> one(String sql, String key) {
        try (Connection connection = dataSource.getConnection();
             PreparedStatement select = connection.prepareStatement(sql)) {
            select.setString(1, key);
            try (ResultSet rows = select.executeQuery()) {
                return rows.next() ? Optional.of(row(rows)) : Optional.empty();
            }
        } catch (SQLException e) {
            throw failure("read the documents table", e);
        }
    }

    private static StoredDocument row(ResultSet rows) throws SQLException {
        Timestamp issuedAt = rows.getTimestamp("issued_at");
        return new StoredDocument(new VerificationCode(rows.getString("code")), rows.getString("kind"),
                rows.getString("title"), rows.getString("item_code"), rows.getString("issuing_agency"),
                rows.getString("holder_name_masked"), rows.getString("id_number_masked"),
                rows.getObject("issued_on", java.time.LocalDate.class), issuedAt.toInstant(),
                rows.getInt("page_count"), rows.getInt("size_bytes"), rows.getString("sha256").strip(),
                rows.getString("kiosk_id"));
    }

    private static IllegalStateException failure(String what, SQLException e) {
        return org.budayang.central.db.Jdbc.failure("DOCUMENTS_DB_FAILED: cannot " + what, e);
    }
}
