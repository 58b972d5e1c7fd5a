package org.budayang.central.connectors.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.budayang.api.catalog.Department;
import org.budayang.api.services.DepartmentAvailability;
import org.budayang.central.connectors.DepartmentErrors;
import org.budayang.central.connectors.IdNumbers;
import org.budayang.central.db.Jdbc;
import org.budayang.central.connectors.SocialSecurityConnector;
import org.budayang.central.web.ApiException;

/** The sandbox 社保 system over its sb_ss_* tables. */
public final class SandboxSocialSecurity implements SocialSecurityConnector {
    private final Jdbc jdbc;
    private final DepartmentGate gate;
    private final Clock clock;

    public SandboxSocialSecurity(Jdbc jdbc, DepartmentGate gate, Clock clock) {
        this.jdbc = jdbc;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public Department department() {
        return Department.SOCIAL_SECURITY;
    }

    @Override
    public DepartmentAvailability availability() {
        return gate.availability();
    }

    @Override
    public SocialInsurance insurance(String idNumber) {
        String id = IdNumbers.require("idNumber", idNumber);
        gate.enter("a social insurance lookup");
        return load(id);
    }

    @Override
    public List<Contribution> contributions(String idNumber) {
        String id = IdNumbers.require("idNumber", idNumber);
        gate.enter("a contribution history query");
        load(id);
        return jdbc.list("SELECT * FROM sb_ss_contribution WHERE id_number = ? ORDER BY contribution_year",
                r -> new Contribution(r.getInt("contribution_year"), r.getInt("months"), r.getLong("base_fen"),
                        r.getLong("personal_fen"), r.getLong("employer_fen")), id);
    }

    @Override
    public Certification certifyPension(String idNumber, String faceVerificationId, Instant at) {
        String id = IdNumbers.require("idNumber", idNumber);
        gate.enter("a pension entitlement certification");
        SocialInsurance insurance = load(id);
        if (!insurance.pensioner()) {
            throw new ApiException(409, "NOT_A_PENSIONER", "ID number " + org.budayang.api.identity.IdNumber.mask(id)
                    + " draws no pension (status " + insurance.status() + "); 养老待遇资格认证 is for pensioners only.",
                    "您不是养老保险待遇领取人员，无需进行资格认证。如有疑问，请呼叫帮办或到社保窗口咨询。");
        }
        LocalDate nextDue = at.atZone(clock.getZone()).toLocalDate().plusYears(1);
        String number = "RZ" + at.atZone(clock.getZone()).toLocalDate().toString().replace("-", "")
                + java.util.UUID.randomUUID().toString().replace("-", "").substring(0, 12).toUpperCase(java.util.Locale.ROOT);
        try (Connection c = jdbc.dataSource().getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO sb_ss_certification (certification_no, "
                    + "id_number, certified_at, face_verification_id, next_due) VALUES (?, ?, ?, ?, ?)");
                 PreparedStatement update = c.prepareStatement(
                         "UPDATE sb_ss_insured SET certification_due = ? WHERE id_number = ?")) {
                if (used(c, faceVerificationId)) {
                    c.rollback();
                    throw usedAlready(faceVerificationId);
                }
                Jdbc.bind(insert, number, id, at, faceVerificationId, nextDue);
                insert.executeUpdate();
                Jdbc.bind(update, nextDue, id);
                update.executeUpdate();
                c.commit();
            } catch (SQLException e) {
                c.rollback();
                if (used(c, faceVerificationId)) {
                    throw usedAlready(faceVerificationId);
                }
                throw e;
            }
        } catch (SQLException e) {
            throw Jdbc.failure("Cannot record the pension certification", e);
        }
        return new Certification(number, at, nextDue);
    }

    private static boolean used(Connection c, String faceVerificationId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "SELECT 1 FROM sb_ss_certification WHERE face_verification_id = ?")) {
            s.setString(1, faceVerificationId);
            try (var r = s.executeQuery()) {
                return r.next();
            }
        }
    }

    private static ApiException usedAlready(String faceVerificationId) {
        return new ApiException(409, "FACE_CHECK_ALREADY_USED", "Face verification " + faceVerificationId
                + " was already used for a certification; make a new face check.", "本次人脸核验已使用过，请重新进行人脸核验。");
    }

    private SocialInsurance load(String id) {
        return jdbc.one("SELECT * FROM sb_ss_insured WHERE id_number = ?", r -> new SocialInsurance(
                r.getString("id_number"), r.getString("name"), r.getString("insurance_type"),
                Jdbc.date(r, "started_on"), r.getString("insured_status"), r.getString("employer"),
                r.getString("region_code"), Jdbc.date(r, "pension_since"), Jdbc.nullableLong(r, "monthly_pension_fen"),
                Jdbc.date(r, "certification_due"), Jdbc.nullableLong(r, "resident_grade_fen")), id)
                .orElseThrow(() -> DepartmentErrors.citizenNotFound(Department.SOCIAL_SECURITY, id,
                        "social insurance record"));
    }
}
