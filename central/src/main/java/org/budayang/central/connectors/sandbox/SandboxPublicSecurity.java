package org.budayang.central.connectors.sandbox;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.budayang.api.catalog.Department;
import org.budayang.api.services.DepartmentAvailability;
import org.budayang.central.connectors.DepartmentErrors;
import org.budayang.central.connectors.IdNumbers;
import org.budayang.central.db.Jdbc;
import org.budayang.central.connectors.PublicSecurityConnector;
import org.budayang.central.identity.RegisteredPerson;

/** The sandbox 公安 system over its sb_ps_* tables; also the population register identity checks ask. */
public final class SandboxPublicSecurity implements PublicSecurityConnector {
    static final int DAYS_TO_PRODUCE = 10;

    private final Jdbc jdbc;
    private final DepartmentGate gate;
    private final Clock clock;

    public SandboxPublicSecurity(Jdbc jdbc, DepartmentGate gate, Clock clock) {
        this.jdbc = jdbc;
        this.gate = gate;
        this.clock = clock;
    }

    @Override
    public Department department() {
        return Department.PUBLIC_SECURITY;
    }

    @Override
    public DepartmentAvailability availability() {
        return gate.availability();
    }

    @Override
    public Optional<RegisteredPerson> find(String idNumber) {
        String id = IdNumbers.require("idNumber", idNumber);
        gate.enter("a population register lookup");
        return jdbc.one("SELECT * FROM sb_ps_person WHERE id_number = ?", SandboxPublicSecurity::person, id);
    }

    @Override
    public Household household(String idNumber) {
        String id = IdNumbers.require("idNumber", idNumber);
        gate.enter("a household (户籍) lookup");
        String householdNo = jdbc.one("SELECT household_no FROM sb_ps_person WHERE id_number = ?",
                r -> r.getString(1), id).orElseThrow(() -> notFound(id));
        List<Member> members = jdbc.list("SELECT id_number, name, male, birth_date, relation FROM sb_ps_person "
                        + "WHERE household_no = ? ORDER BY CASE WHEN relation = '户主' THEN 0 ELSE 1 END, birth_date, id_number",
                r -> new Member(r.getString("id_number"), r.getString("name"), r.getBoolean("male"),
                        Jdbc.date(r, "birth_date"), r.getString("relation")), householdNo);
        return jdbc.one("SELECT household_no, region_code, address FROM sb_ps_household WHERE household_no = ?",
                r -> new Household(r.getString(1), r.getString(2), r.getString(3), members), householdNo)
                .orElseThrow(() -> new IllegalStateException("sandbox household " + householdNo + " is missing"));
    }

    @Override
    public List<TrafficViolation> trafficViolations(String idNumber) {
        String id = IdNumbers.require("idNumber", idNumber);
        gate.enter("a traffic violation query");
        requireKnown(id);
        return jdbc.list("SELECT * FROM sb_ps_traffic_violation WHERE id_number = ? ORDER BY occurred_at DESC",
                r -> new TrafficViolation(r.getString("decision_no"), r.getString("plate"),
                        r.getObject("occurred_at", java.time.LocalDateTime.class), r.getString("place"),
                        r.getString("offence"), r.getLong("fine_fen"), r.getInt("points"), r.getBoolean("paid")), id);
    }

    @Override
    public Optional<IdCardApplication> idCardApplication(String idNumber) {
        String id = IdNumbers.require("idNumber", idNumber);
        gate.enter("an ID card application progress query");
        requireKnown(id);
        LocalDate today = LocalDate.now(clock);
        return jdbc.one("SELECT * FROM sb_ps_idcard_application WHERE id_number = ? ORDER BY accepted_on DESC",
                r -> {
                    LocalDate accepted = Jdbc.date(r, "accepted_on");
                    long days = today.toEpochDay() - accepted.toEpochDay();
                    String stage = days < 2 ? "已受理" : days < DAYS_TO_PRODUCE ? "制证中" : "待领取";
                    return new IdCardApplication(r.getString("receipt_no"), r.getString("kind"), accepted, stage,
                            r.getString("pickup_place"), accepted.plusDays(DAYS_TO_PRODUCE));
                }, id);
    }

    private void requireKnown(String id) {
        if (jdbc.one("SELECT 1 FROM sb_ps_person WHERE id_number = ?", r -> 1, id).isEmpty()) {
            throw notFound(id);
        }
    }

    private static org.budayang.central.web.ApiException notFound(String id) {
        return DepartmentErrors.citizenNotFound(Department.PUBLIC_SECURITY, id, "household registration (户籍)");
    }

    private static RegisteredPerson person(ResultSet r) throws SQLException {
        return new RegisteredPerson(r.getString("id_number"), r.getString("name"), r.getBoolean("male"),
                r.getString("nation_code"), Jdbc.date(r, "birth_date"), r.getString("address"),
                r.getString("authority"), Jdbc.date(r, "valid_from"), Optional.ofNullable(Jdbc.date(r, "valid_to")),
                r.getLong("photo_seed"));
    }
}
