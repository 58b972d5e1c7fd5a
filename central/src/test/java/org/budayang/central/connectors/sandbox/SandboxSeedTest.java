package org.budayang.central.connectors.sandbox;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.budayang.api.identity.IdNumber;
import org.budayang.central.db.Jdbc;
import org.budayang.central.connectors.sandbox.seed.SandboxPopulation;
import org.budayang.central.db.Database;
import org.budayang.central.db.TestDatabases;
import org.junit.jupiter.api.Test;

class SandboxSeedTest {
    private static final LocalDate DAY = LocalDate.of(2026, 3, 2);

    @Test
    void seedingIsDeterministicAndIdenticalOnH2AndPostgres() throws Exception {
        Map<TestDatabases.Kind, Map<String, String>> digests = new EnumMap<>(TestDatabases.Kind.class);
        for (TestDatabases.Kind kind : TestDatabases.Kind.values()) {
            try (Database db = TestDatabases.fresh(kind)) {
                assertTrue(SandboxSeeder.seedIfEmpty(db.dataSource(), SandboxPopulation.SEED,
                        SandboxPopulation.GENERATED, DAY));
                assertFalse(SandboxSeeder.seedIfEmpty(db.dataSource(), SandboxPopulation.SEED,
                        SandboxPopulation.GENERATED, DAY), "a second start must not seed again");
                digests.put(kind, TableDigest.of(db.dataSource()));
                checkPopulation(new Jdbc(db.dataSource()));
            }
        }
        assertEquals(digests.get(TestDatabases.Kind.H2), digests.get(TestDatabases.Kind.POSTGRESQL));
        assertEquals(SandboxPopulation.generate(SandboxPopulation.SEED, SandboxPopulation.GENERATED, DAY),
                SandboxPopulation.generate(SandboxPopulation.SEED, SandboxPopulation.GENERATED, DAY));
        digests.get(TestDatabases.Kind.H2).forEach((table, digest) ->
                assertFalse(digest.startsWith("0:"), table + " was seeded empty"));
    }

    private static void checkPopulation(Jdbc jdbc) {
        List<Object[]> people = jdbc.list("SELECT id_number, male, birth_date, name, relation FROM sb_ps_person",
                r -> new Object[] {r.getString(1), r.getBoolean(2), Jdbc.date(r, "birth_date"), r.getString(4)});
        assertTrue(people.size() >= 526, "persons: " + people.size());
        for (Object[] p : people) {
            IdNumber id = IdNumber.parse((String) p[0]);
            assertEquals(id.isMale(), p[1], "sex of " + id);
            assertEquals(id.birthDate(), p[2], "birth date of " + id);
            assertTrue(id.birthDate().getYear() >= 1930 && id.birthDate().getYear() <= 2008, "birth year of " + id);
            assertTrue(id.regionCode().startsWith("62"), "Gansu region of " + id);
            assertTrue(((String) p[3]).length() >= 2, "name of " + id);
        }
        long households = jdbc.one("SELECT COUNT(*) FROM sb_ps_household", r -> r.getLong(1)).orElseThrow();
        assertTrue(households > 100 && households < people.size(), "households: " + households);
        assertEquals(0L, jdbc.one("SELECT COUNT(*) FROM sb_ps_household h WHERE NOT EXISTS (SELECT 1 FROM sb_ps_person p"
                + " WHERE p.id_number = h.head_id_number AND p.relation = '户主')", r -> r.getLong(1)).orElseThrow());
        // the demo citizens with their stories
        assertEquals(List.of("张三|甘肃省兰州市城关区庆阳路123号|2035-04-01", "李秀英|甘肃省兰州市七里河区西津西路56号|2036-09-01",
                        "马福祥|甘肃省临夏回族自治州临夏市红园路8号|长期", "卓玛|甘肃省甘南藏族自治州合作市当周街17号|2038-07-11",
                        "王小明|甘肃省兰州市安宁区银滩路99号|2022-02-03", "赵德胜|甘肃省兰州市城关区张掖路2号|长期"),
                jdbc.list("SELECT name, address, valid_to FROM sb_ps_person WHERE id_number IN ('620102195803150034', "
                                + "'620103196512080049', '622901194402200015', '623001198807110026', '620105200102030059', "
                                + "'620102193501010010') ORDER BY photo_seed",
                        r -> r.getString(1) + "|" + r.getString(2) + "|"
                                + (Jdbc.date(r, "valid_to") == null ? "长期" : Jdbc.date(r, "valid_to"))));
        assertEquals("EMPLOYEE|PENSION|2018-04-01", jdbc.one("SELECT insurance_type, insured_status, pension_since "
                + "FROM sb_ss_insured WHERE id_number = '620102195803150034'", r -> r.getString(1) + "|"
                + r.getString(2) + "|" + r.getString(3)).orElseThrow());
        assertEquals(List.of(2023, 2024, 2025), jdbc.list("SELECT DISTINCT tax_year FROM sb_tax_income WHERE "
                + "id_number = '620102195803150034' ORDER BY tax_year", r -> r.getInt(1)));
        assertEquals(List.of("退休工资（免税）", "劳务报酬"), jdbc.list("SELECT DISTINCT income_type FROM sb_tax_income WHERE "
                + "id_number = '620102195803150034' ORDER BY income_type DESC", r -> r.getString(1)));
        assertEquals("2|2026", jdbc.one("SELECT COUNT(*), MAX(contribution_year) FROM sb_ss_contribution WHERE "
                        + "id_number = '620103196512080049' AND contribution_year >= 2025",
                r -> r.getInt(1) + "|" + r.getInt(2)).orElseThrow());
        assertEquals("0 paid of 1", violations(jdbc, "620103196512080049"));
        assertEquals("1 paid of 2", violations(jdbc, "623001198807110026"));
        assertEquals("RESIDENT|PENSION", jdbc.one("SELECT insurance_type, insured_status FROM sb_ss_insured WHERE "
                + "id_number = '622901194402200015'", r -> r.getString(1) + "|" + r.getString(2)).orElseThrow());
        assertEquals(0L, jdbc.one("SELECT COUNT(*) FROM sb_tax_income WHERE id_number = '622901194402200015'",
                r -> r.getLong(1)).orElseThrow());
        assertEquals("RESIDENT|50000", jdbc.one("SELECT insurance_type, resident_grade_fen FROM sb_ss_insured WHERE "
                + "id_number = '623001198807110026'", r -> r.getString(1) + "|" + r.getLong(2)).orElseThrow());
        assertEquals("EMPLOYEE|PENSION", jdbc.one("SELECT i.insurance_type, i.insured_status FROM sb_ss_insured i JOIN "
                + "sb_mi_enrolment m ON m.id_number = i.id_number AND m.enrolment_type = 'EMPLOYEE' WHERE "
                + "i.id_number = '620102193501010010'", r -> r.getString(1) + "|" + r.getString(2)).orElseThrow());
    }

    private static String violations(Jdbc jdbc, String id) {
        return jdbc.one("SELECT SUM(CASE WHEN paid THEN 1 ELSE 0 END), COUNT(*) FROM sb_ps_traffic_violation WHERE "
                + "id_number = ?", r -> r.getInt(1) + " paid of " + r.getInt(2), id).orElseThrow();
    }
}
