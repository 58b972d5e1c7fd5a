package org.budayang.central.connectors.sandbox.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The sandbox 社保 and 医保 systems' tables: who is insured how, yearly contributions with bases and
 * amounts, pensions and their yearly 资格认证 due date, medical-insurance enrolment and premiums.
 */
final class InsuranceSeed {
    static final List<String> EMPLOYERS = List.of("兰州瑞丰商贸有限公司", "甘肃弘毅建设工程有限公司", "白银恒达物流有限公司",
            "天水明远机械制造有限公司", "酒泉绿洲农业发展有限公司", "兰州新区博远电子科技有限公司", "张掖丝路文化旅游有限公司",
            "甘肃陇原商贸有限公司", "兰州长城机械有限公司", "平凉崆峒餐饮管理有限公司");
    static final long[] RESIDENT_GRADES_YUAN = {100, 200, 300, 400, 500, 600, 700, 800, 900, 1000, 1500, 2000, 3000};
    private static final int RECORDS_FROM = 1993;

    private final Random random;
    private final LocalDate today;
    private final SeedTable.Builder ssInsured = new SeedTable.Builder("sb_ss_insured", "id_number", "name", "insurance_type",
            "started_on", "insured_status", "employer", "region_code", "pension_since", "monthly_pension_fen",
            "certification_due", "resident_grade_fen");
    private final SeedTable.Builder ssContributions = new SeedTable.Builder("sb_ss_contribution", "id_number",
            "contribution_year", "months", "base_fen", "personal_fen", "employer_fen");
    private final SeedTable.Builder miEnrolment = new SeedTable.Builder("sb_mi_enrolment", "id_number",
            "name", "enrolment_type", "enrolment_status", "started_on", "region_code");
    private final SeedTable.Builder miContributions = new SeedTable.Builder("sb_mi_contribution", "id_number",
            "contribution_year", "personal_fen", "employer_fen", "paid_on");

    InsuranceSeed(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    /** Seeds both systems for everyone and notes the tax facts they imply. */
    List<SeedTable> tables(List<SeedPerson> persons, TaxFacts facts) {
        for (SeedPerson p : persons) {
            switch (p.demo()) {
                case 1 -> employee(p, LocalDate.of(1980, 7, 1), LocalDate.of(2018, 4, 1), 482_650L, "兰州长城机械有限公司",
                        1.4, facts);
                case 2 -> employee(p, LocalDate.of(1987, 9, 1), null, 0, "甘肃陇原商贸有限公司", 1.1, facts);
                case 3 -> resident(p, LocalDate.of(2011, 7, 1), LocalDate.of(2011, 7, 1), 18_300L, 0, facts);
                case 4 -> resident(p, LocalDate.of(2012, 1, 1), null, 0, 500, facts);
                case 5 -> residentMedical(p, LocalDate.of(2019, 1, 1), true, facts);
                case 6 -> employee(p, LocalDate.of(1953, 9, 1), LocalDate.of(1995, 2, 1), 521_000L, "兰州长城机械有限公司",
                        1.2, facts);
                default -> generated(p, facts);
            }
        }
        return List.of(ssInsured.build(), ssContributions.build(), miEnrolment.build(), miContributions.build());
    }

    private void generated(SeedPerson p, TaxFacts facts) {
        int draw = random.nextInt(100);
        if (draw < 45) {
            LocalDate start = firstOfMonth(p.birthDate().plusYears(18 + random.nextInt(8)).plusDays(random.nextInt(365)));
            int retireAge = p.male() ? 60 : 55;
            LocalDate retire = firstOfMonth(p.birthDate().plusYears(retireAge).plusMonths(1));
            LocalDate pensionSince = retire.isAfter(today) ? null : retire;
            if (start.isAfter(today.minusMonths(2))) {
                start = firstOfMonth(today.minusYears(1));
            }
            long pension = pensionSince == null ? 0 : (220_000L + random.nextInt(380_000)) / 10 * 10;
            employee(p, start, pensionSince, pension, Names.pick(random, EMPLOYERS), 0.6 + random.nextDouble() * 2.4,
                    facts);
        } else if (draw < 92) {
            LocalDate eligible = p.birthDate().plusYears(16);
            LocalDate start = LocalDate.of(Math.max(2011, eligible.getYear()) + random.nextInt(3), 1, 1);
            if (start.isAfter(today)) {
                start = LocalDate.of(today.getYear(), 1, 1);
            }
            LocalDate sixty = firstOfMonth(p.birthDate().plusYears(60).plusMonths(1));
            LocalDate pensionSince = sixty.isAfter(today) ? null : (sixty.isBefore(start) ? start : sixty);
            long grade = RESIDENT_GRADES_YUAN[random.nextInt(6) + (random.nextInt(4) == 0 ? 6 : 0)];
            long pension = pensionSince == null ? 0 : (15_000L + random.nextInt(27_000)) / 10 * 10;
            resident(p, start, pensionSince, pension, grade, facts);
        } else if (random.nextInt(3) != 0) {
            residentMedical(p, LocalDate.of(Math.max(2010, p.birthDate().getYear() + 1), 1, 1), random.nextInt(8) != 0,
                    facts);
        }
    }

    private void employee(SeedPerson p, LocalDate start, LocalDate pensionSince, long monthlyPension, String employer,
                          double factor, TaxFacts facts) {
        boolean suspended = pensionSince == null && p.demo() == 0 && random.nextInt(10) == 0;
        LocalDate end = pensionSince != null ? pensionSince.minusMonths(1)
                : suspended ? today.minusMonths(6 + random.nextInt(48)) : today.minusMonths(1);
        String status = pensionSince != null ? "PENSION" : suspended ? "SUSPENDED" : "PAYING";
        ssInsured.add(p.idNumber(), p.name(), "EMPLOYEE", start, status, employer, p.regionCode(), pensionSince,
                pensionSince == null ? null : monthlyPension, pensionSince == null ? null : certificationDue(p),
                null);
        LocalDate medicalStart = start.isBefore(LocalDate.of(1999, 1, 1)) ? LocalDate.of(1999, 1, 1) : start;
        miEnrolment.add(p.idNumber(), p.name(), "EMPLOYEE", suspended ? "SUSPENDED" : "ACTIVE", medicalStart, p.regionCode());
        for (int year = Math.max(RECORDS_FROM, start.getYear()); year <= end.getYear(); year++) {
            int firstMonth = year == start.getYear() ? start.getMonthValue() : 1;
            int lastMonth = year == end.getYear() ? end.getMonthValue() : 12;
            int months = lastMonth - firstMonth + 1;
            if (months <= 0) {
                continue;
            }
            long base = Math.round(averageMonthlyWageFen(year) * factor / 100.0) * 100;
            long personal = base * 8 / 100 * months;
            long employerPart = base * (year >= 2019 ? 16 : 20) / 100 * months;
            ssContributions.add(p.idNumber(), year, months, base, personal, employerPart);
            if (year >= 1999) {
                miContributions.add(p.idNumber(), year, base * 2 / 100 * months, base * 6 / 100 * months,
                        LocalDate.of(year, lastMonth, 15));
            }
            if (year >= 2019 && year < today.getYear()) {
                facts.wages.add(new TaxFacts.Wage(p, year, base * months, base * 10 / 100 * months, employer));
            }
        }
        if (pensionSince != null) {
            for (int year = Math.max(pensionSince.getYear(), today.getYear() - 3); year < today.getYear(); year++) {
                int months = year == pensionSince.getYear() ? 13 - pensionSince.getMonthValue() : 12;
                if (p.demo() == 1 || (p.demo() == 0 && random.nextInt(3) == 0)) {
                    facts.pensions.add(new TaxFacts.Pension(p, year, monthlyPension * months,
                            Region.of(p.regionCode()).place().replace("甘肃省", "") + "社会保险事业管理局"));
                }
            }
        }
    }

    private void resident(SeedPerson p, LocalDate start, LocalDate pensionSince, long monthlyPension, long gradeYuan,
                          TaxFacts facts) {
        boolean paysThisYear = p.demo() == 4 || random.nextInt(10) < 7;
        int lastYear = pensionSince != null ? pensionSince.getYear() - 1 : paysThisYear ? today.getYear()
                : today.getYear() - 1;
        ssInsured.add(p.idNumber(), p.name(), "RESIDENT", start, pensionSince != null ? "PENSION" : "PAYING", null,
                p.regionCode(), pensionSince, pensionSince == null ? null : monthlyPension,
                pensionSince == null ? null : certificationDue(p), gradeYuan * 100);
        for (int year = start.getYear(); year <= lastYear; year++) {
            LocalDate paidOn = LocalDate.of(year, 3 + random.nextInt(9), 1 + random.nextInt(28));
            if (paidOn.isAfter(today)) {
                paidOn = today.minusDays(1);
            }
            ssContributions.add(p.idNumber(), year, 12, gradeYuan * 100, gradeYuan * 100, 0L);
            if (year >= 2019) {
                facts.fees.add(new TaxFacts.Fee(p, "城乡居民基本养老保险", year, gradeYuan * 100, paidOn));
            }
        }
        residentMedical(p, LocalDate.of(Math.max(2010, start.getYear()), 1, 1), paysThisYear, facts);
    }

    private void residentMedical(SeedPerson p, LocalDate start, boolean paidThisYear, TaxFacts facts) {
        miEnrolment.add(p.idNumber(), p.name(), "RESIDENT", paidThisYear ? "ACTIVE" : "SUSPENDED", start, p.regionCode());
        int lastYear = paidThisYear ? today.getYear() : today.getYear() - 1;
        for (int year = start.getYear(); year <= lastYear; year++) {
            long premium = residentPremiumYuan(year) * 100;
            LocalDate paidOn = LocalDate.of(year - 1, 9 + random.nextInt(4), 1 + random.nextInt(28));
            miContributions.add(p.idNumber(), year, premium, 0L, paidOn);
            if (year >= 2019) {
                facts.fees.add(new TaxFacts.Fee(p, "城乡居民基本医疗保险", year, premium, paidOn));
            }
        }
    }

    private LocalDate certificationDue(SeedPerson p) {
        if (p.demo() != 0) {
            return today.plusDays(20L + p.demo() * 7L);
        }
        return today.plusDays(random.nextInt(425) - 60L);
    }

    /** A plausible Gansu average monthly wage in fen: about 300 元 in 1993, growing to about 5,300 元 in 2025. */
    static long averageMonthlyWageFen(int year) {
        double wage = 300;
        for (int y = 1993; y < year; y++) {
            wage *= y < 2012 ? 1.11 : 1.07;
        }
        return Math.round(wage) * 100;
    }

    /** The yearly 城乡居民医保 personal premium in 元. */
    static long residentPremiumYuan(int year) {
        if (year < 2016) {
            return 90 + (year - 2010) * 5L;
        }
        long[] byYear = {150, 180, 220, 250, 280, 320, 350, 380, 400};
        return byYear[Math.min(year - 2016, byYear.length - 1)];
    }

    private static LocalDate firstOfMonth(LocalDate day) {
        return day.withDayOfMonth(1);
    }
}
