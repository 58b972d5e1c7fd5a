package org.budayang.central.connectors.sandbox.seed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.budayang.api.identity.IdNumber;

/**
 * Draws the synthetic population from a fixed seed: households of one to four people in the Gansu
 * regions of {@link Region#GANSU}, with valid GB 11643 numbers (sequence parity = sex), birth dates
 * 1930–2008 and card validity terms by age at issue; the six demo citizens come first.
 */
final class PopulationGenerator {
    private static final LocalDate EARLIEST = LocalDate.of(1930, 1, 1);
    private static final LocalDate LATEST = LocalDate.of(2008, 12, 31);
    private static final List<String> STREETS = List.of("人民路", "建设路", "解放路", "团结路", "和平街", "新华路",
            "东岗路", "滨河路", "文化街", "胜利路", "南关街", "北环路", "广场路", "民主街", "育才路");
    private static final List<String> TOWNS = List.of("城关镇", "新城镇", "和平镇", "红星镇", "东湾乡", "石门乡");
    private static final List<String> VILLAGES = List.of("李家村", "王庄村", "新民村", "河湾村", "红光村", "团庄村");

    private final Random random;
    private final LocalDate today;
    private final Set<String> usedIds = new HashSet<>();
    private final List<SeedPerson> persons = new ArrayList<>();
    private int householdSequence;

    PopulationGenerator(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** The demo citizens and at least {@code generated} generated citizens, in a fixed order. */
    List<SeedPerson> generate(int generated) {
        for (SeedPerson demo : DemoCitizens.all()) {
            usedIds.add(demo.idNumber());
            persons.add(demo);
        }
        int target = persons.size() + generated;
        while (persons.size() < target) {
            household();
        }
        return List.copyOf(persons);
    }

    private void household() {
        Region region = Names.pick(random, Region.GANSU);
        String nation = Names.pick(random, region.nations());
        String householdNo = region.code() + String.format("%06d", ++householdSequence);
        String address = address(region);
        boolean headMale = random.nextInt(4) != 0;
        LocalDate headBirth = birthBetween(EARLIEST, min(LATEST, today.minusYears(25)));
        String headSurname = Names.surname(random, nation);
        person(region, nation, headSurname, headMale, headBirth, address, householdNo, "户主");
        int size = 1 + random.nextInt(4);
        String fatherSurname = headSurname;
        if (size >= 2) {
            LocalDate spouseBirth = clamp(headBirth.plusDays(random.nextInt(3650) - 1825L));
            String spouseSurname = Names.surname(random, nation);
            person(region, nation, spouseSurname, !headMale, spouseBirth, address, householdNo, "配偶");
            fatherSurname = headMale ? headSurname : spouseSurname;
        }
        for (int i = 2; i < size; i++) {
            LocalDate childBirth = headBirth.plusYears(22 + random.nextInt(14)).plusDays(random.nextInt(365));
            if (childBirth.isAfter(LATEST) || childBirth.isAfter(today.minusYears(16))) {
                break;
            }
            boolean male = random.nextBoolean();
            person(region, nation, fatherSurname, male, childBirth, address, householdNo, male ? "子" : "女");
        }
    }

    private SeedPerson person(Region region, String nation, String surname, boolean male, LocalDate birth,
                              String address, String householdNo, String relation) {
        String id = idNumber(region.code(), birth, male);
        String name = Names.name(random, nation, surname, male);
        LocalDate[] validity = validity(birth);
        SeedPerson person = new SeedPerson(id, name, male, nation, birth, address, region.authority(), validity[0],
                validity[1], random.nextLong(), householdNo, relation, region.code(), 0);
        persons.add(person);
        return person;
    }

    private String idNumber(String region, LocalDate birth, boolean male) {
        while (true) {
            int sequence = random.nextInt(500) * 2 + (male ? 1 : 0);
            String first17 = region + birth.toString().replace("-", "") + String.format("%03d", sequence);
            String id = first17 + IdNumber.checkCharacter(first17);
            if (usedIds.add(id)) {
                return id;
            }
        }
    }

    /** [validFrom, validTo or null for 长期]: 10 years when issued before 26, 20 before 46, then 长期; 1 in 20 expired. */
    private LocalDate[] validity(LocalDate birth) {
        boolean expired = random.nextInt(20) == 0;
        LocalDate earliest = birth.plusYears(16);
        LocalDate from = today.minusDays(30 + random.nextInt(365 * 9));
        if (expired) {
            from = today.minusYears(10).minusDays(1 + random.nextInt(700));
        }
        if (from.isBefore(earliest)) {
            from = earliest.isAfter(today.minusDays(30)) ? today.minusDays(30) : earliest;
        }
        int ageAtIssue = java.time.Period.between(birth, from).getYears();
        if (ageAtIssue >= 46 && !expired) {
            return new LocalDate[] {from, null};
        }
        int years = ageAtIssue < 26 || expired ? 10 : 20;
        return new LocalDate[] {from, from.plusYears(years)};
    }

    private String address(Region region) {
        if (region.place().endsWith("县")) {
            return region.place() + Names.pick(random, TOWNS) + Names.pick(random, VILLAGES) + (1 + random.nextInt(12))
                    + "社" + (1 + random.nextInt(80)) + "号";
        }
        return region.place() + Names.pick(random, STREETS) + (1 + random.nextInt(300)) + "号";
    }

    private LocalDate birthBetween(LocalDate from, LocalDate to) {
        long days = to.toEpochDay() - from.toEpochDay();
        return from.plusDays((long) (random.nextDouble() * days));
    }

    private static LocalDate clamp(LocalDate day) {
        return day.isBefore(EARLIEST) ? EARLIEST : min(day, LATEST);
    }

    private static LocalDate min(LocalDate a, LocalDate b) {
        return a.isBefore(b) ? a : b;
    }
}
