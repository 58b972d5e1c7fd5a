package org.budayang.central.connectors.sandbox;

import java.util.List;
import org.budayang.api.catalog.Department;
import org.budayang.api.services.DepartmentAvailability;
import org.budayang.central.connectors.DepartmentErrors;
import org.budayang.central.connectors.IdNumbers;
import org.budayang.central.db.Jdbc;
import org.budayang.central.connectors.MedicalInsuranceConnector;

/** The sandbox 医保 system over its sb_mi_* tables, with its 医保电子凭证 tokens ({@link SandboxEcTokens}). */
public final class SandboxMedicalInsurance implements MedicalInsuranceConnector {
    private final Jdbc jdbc;
    private final DepartmentGate gate;
    private final SandboxEcTokens ecTokens;

    public SandboxMedicalInsurance(Jdbc jdbc, DepartmentGate gate, SandboxEcTokens ecTokens) {
        this.jdbc = jdbc;
        this.gate = gate;
        this.ecTokens = ecTokens;
    }

    @Override
    public Department department() {
        return Department.MEDICAL_INSURANCE;
    }

    @Override
    public DepartmentAvailability availability() {
        return gate.availability();
    }

    @Override
    public Enrolment enrolment(String idNumber) {
        String id = IdNumbers.require("idNumber", idNumber);
        gate.enter("a medical insurance enrolment lookup");
        return load(id);
    }

    @Override
    public List<Contribution> contributions(String idNumber) {
        String id = IdNumbers.require("idNumber", idNumber);
        gate.enter("a medical insurance contribution query");
        load(id);
        return jdbc.list("SELECT * FROM sb_mi_contribution WHERE id_number = ? ORDER BY contribution_year",
                r -> new Contribution(r.getInt("contribution_year"), r.getLong("personal_fen"),
                        r.getLong("employer_fen"), Jdbc.date(r, "paid_on")), id);
    }

    @Override
    public EcHolder ecQuery(String token) {
        if (token == null || token.isBlank()) {
            throw new IllegalArgumentException("ecQuery: the token is blank");
        }
        gate.enter("a 医保电子凭证 query (ec.query)");
        return ecTokens.resolve(token.strip());
    }

    private Enrolment load(String id) {
        return jdbc.one("SELECT * FROM sb_mi_enrolment WHERE id_number = ?", r -> new Enrolment(
                r.getString("id_number"), r.getString("name"), r.getString("enrolment_type"),
                r.getString("enrolment_status"), Jdbc.date(r, "started_on"), r.getString("region_code")), id)
                .orElseThrow(() -> DepartmentErrors.citizenNotFound(Department.MEDICAL_INSURANCE, id,
                        "medical insurance enrolment"));
    }
}
