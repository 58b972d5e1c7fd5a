package org.budayang.central.connectors.sandbox.seed;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Random;

/** The sandbox 公安 system's tables: households, persons, traffic violations, ID card applications. */
final class PublicSecuritySeed {
    private static final List<String> OFFENCES = List.of("机动车违反规定停放、临时停车的", "驾驶机动车不按导向车道行驶的",
            "驾驶机动车超过规定时速未达20%的", "机动车违反禁止标线指示的", "驾驶机动车不按规定使用灯光的",
            "驾驶机动车违反道路交通信号灯通行的", "驾驶机动车在高速公路上不按规定车道行驶的");
    private static final int[] FINES = {100, 100, 150, 100, 100, 200, 200};
    private static final int[] POINTS = {0, 1, 3, 1, 1, 6, 3};
    private static final String PLATE_LETTERS = "ABCDEFGHJKLMNPQRSTUVWXYZ";

    private final Random random;
    private final LocalDate today;
    private int decisionSequence;
    private int receiptSequence;

    PublicSecuritySeed(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    List<SeedTable> tables(List<SeedPerson> persons) {
        SeedTable.Builder households = new SeedTable.Builder("sb_ps_household", "household_no", "region_code",
                "head_id_number", "address");
        SeedTable.Builder people = new SeedTable.Builder("sb_ps_person", "id_number", "name", "male", "nation_code",
                "birth_date", "address", "authority", "valid_from", "valid_to", "photo_seed", "household_no", "relation");
        SeedTable.Builder violations = new SeedTable.Builder("sb_ps_traffic_violation", "decision_no", "id_number",
                "plate", "occurred_at", "place", "offence", "fine_fen", "points", "paid");
        SeedTable.Builder cards = new SeedTable.Builder("sb_ps_idcard_application", "receipt_no", "id_number", "kind",
                "accepted_on", "pickup_place");
        for (SeedPerson p : persons) {
            if (p.relation().equals("户主")) {
                households.add(p.householdNo(), p.regionCode(), p.idNumber(), p.address());
            }
        }
        for (SeedPerson p : persons) {
            people.add(p.idNumber(), p.name(), p.male(), p.nationCode(), p.birthDate(), p.address(), p.authority(),
                    p.validFrom(), p.validTo(), p.photoSeed(), p.householdNo(), p.relation());
            violations(p, violations);
            idCard(p, cards);
        }
        return List.of(households.build(), people.build(), violations.build(), cards.build());
    }

    private void violations(SeedPerson p, SeedTable.Builder table) {
        int count;
        int paid;
        if (p.demo() == 2) {
            count = 1;
            paid = 0;
        } else if (p.demo() == 4) {
            count = 2;
            paid = 1;
        } else if (p.demo() != 0) {
            return;
        } else {
            int age = p.ageOn(today);
            if (age < 18 || age > 75 || random.nextInt(10) >= 3) {
                return;
            }
            count = 1 + random.nextInt(3);
            paid = random.nextInt(count + 1);
        }
        String plate = "甘" + PLATE_LETTERS.charAt(random.nextInt(8)) + String.format("%05d", random.nextInt(100000));
        for (int i = 0; i < count; i++) {
            int offence = random.nextInt(OFFENCES.size());
            LocalDateTime at = today.minusDays(10 + random.nextInt(900)).atTime(7 + random.nextInt(14),
                    random.nextInt(60));
            String place = p.address().substring(0, Math.min(p.address().length(), 9))
                    + Names.pick(random, List.of("与人民路交叉口", "东口", "中段", "北口", "服务区"));
            table.add(String.format("%s%08d", p.regionCode(), ++decisionSequence), p.idNumber(), plate, at, place,
                    OFFENCES.get(offence), FINES[offence] * 100L, POINTS[offence], i < paid);
        }
    }

    private void idCard(SeedPerson p, SeedTable.Builder table) {
        boolean has = p.demo() == 5 || (p.demo() == 0 && random.nextInt(25) == 0);
        if (!has) {
            return;
        }
        boolean expired = p.validTo() != null && p.validTo().isBefore(today);
        String kind = p.demo() == 5 || expired || random.nextBoolean() ? "换领" : "补领";
        LocalDate accepted = p.demo() == 5 ? today.minusDays(4) : today.minusDays(random.nextInt(20));
        table.add(String.format("SL%s%08d", p.regionCode(), ++receiptSequence), p.idNumber(), kind, accepted,
                p.authority() + "户籍窗口");
    }
}
