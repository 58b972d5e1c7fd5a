package org.budayang.central.connectors.sandbox.seed;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;

/**
 * The sandbox 税务 system's tables: yearly individual income tax records by income type (wages
 * withheld by the employer, exempt pensions, labour income), social insurance fees it collected,
 * and issued invoices for 发票真伪查验.
 */
final class TaxSeed {
    private final Random random;
    private final LocalDate today;
    private final SeedTable.Builder taxpayers = new SeedTable.Builder("sb_tax_taxpayer", "id_number", "name",
            "registered_on");
    private final SeedTable.Builder income = new SeedTable.Builder("sb_tax_income", "record_id", "id_number",
            "tax_year", "income_type", "withholding_agent", "income_fen", "tax_fen");
    private final SeedTable.Builder fees = new SeedTable.Builder("sb_tax_fee_payment", "ticket_no", "id_number",
            "insurance", "fee_year", "amount_fen", "paid_on");
    private final SeedTable.Builder invoices = new SeedTable.Builder("sb_tax_invoice", "invoice_no", "issued_on",
            "seller", "buyer", "amount_fen", "tax_fen", "voided");
    private long recordId;

    TaxSeed(long seed, LocalDate today) {
        this.random = new Random(seed);
        this.today = today;
    }

    List<SeedTable> tables(List<SeedPerson> persons, TaxFacts facts) {
        for (SeedPerson p : persons) {
            LocalDate adult = p.birthDate().plusYears(18);
            LocalDate registered = adult.isAfter(LocalDate.of(2019, 1, 1)) ? adult : LocalDate.of(2019, 1, 1);
            if (!registered.isAfter(today)) {
                taxpayers.add(p.idNumber(), p.name(), registered);
            }
        }
        for (TaxFacts.Wage wage : facts.wages) {
            long taxable = wage.incomeFen() - 6_000_000L - wage.socialDeductionFen();
            income.add(++recordId, wage.person().idNumber(), wage.year(), "工资薪金", wage.employer(), wage.incomeFen(),
                    IncomeTax.annualWageTaxFen(taxable));
        }
        for (TaxFacts.Pension pension : facts.pensions) {
            income.add(++recordId, pension.person().idNumber(), pension.year(), "退休工资（免税）", pension.payer(),
                    pension.incomeFen(), 0L);
        }
        for (SeedPerson p : persons) {
            labourIncome(p);
        }
        int ticket = 0;
        for (TaxFacts.Fee fee : facts.fees) {
            fees.add(String.format("%s%d%08d", fee.person().regionCode(), fee.year(), ++ticket),
                    fee.person().idNumber(), fee.insurance(), fee.year(), fee.amountFen(), fee.paidOn());
        }
        for (int i = 1; i <= 300; i++) {
            LocalDate issued = today.minusDays(1 + random.nextInt(720));
            long amount = 1_000L + random.nextInt(5_000_000);
            String number = String.format("%02d%03d%015d", issued.getYear() % 100, 620, 100_000_000L + i * 7919L);
            invoices.add(number, issued, Names.pick(random, InsuranceSeed.EMPLOYERS),
                    Names.pick(random, InsuranceSeed.EMPLOYERS), amount, amount * 6 / 100, random.nextInt(30) == 0);
        }
        return List.of(taxpayers.build(), income.build(), fees.build(), invoices.build());
    }

    private void labourIncome(SeedPerson p) {
        if (p.demo() == 1) {
            income.add(++recordId, p.idNumber(), 2024, "劳务报酬", "兰州瑞丰商贸有限公司", 600_000L,
                    IncomeTax.labourWithholdingFen(600_000L));
            return;
        }
        if (p.demo() != 0) {
            return;
        }
        int age = p.ageOn(today);
        for (int year = today.getYear() - 3; year < today.getYear(); year++) {
            if (age >= 22 && age <= 70 && random.nextInt(12) == 0) {
                long amount = (2_000L + random.nextInt(28_000)) * 100;
                income.add(++recordId, p.idNumber(), year, "劳务报酬", Names.pick(random, InsuranceSeed.EMPLOYERS), amount,
                        IncomeTax.labourWithholdingFen(amount));
            }
        }
    }
}
