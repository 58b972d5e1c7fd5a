package org.budayang.central.connectors.sandbox.seed;

/** The individual income tax arithmetic the sandbox applies (comprehensive income brackets, labour withholding). */
final class IncomeTax {
    private static final long[] LIMITS_YUAN = {36_000, 144_000, 300_000, 420_000, 660_000, 960_000, Long.MAX_VALUE};
    private static final int[] RATES = {3, 10, 20, 25, 30, 35, 45};
    private static final long[] QUICK_DEDUCTION_YUAN = {0, 2_520, 16_920, 31_920, 52_920, 85_920, 181_920};

    private IncomeTax() {
    }

    /** Yearly tax on taxable wage income (after the 60,000 元 standard and social insurance deductions). */
    static long annualWageTaxFen(long taxableFen) {
        if (taxableFen <= 0) {
            return 0;
        }
        for (int i = 0; i < LIMITS_YUAN.length; i++) {
            if (taxableFen <= LIMITS_YUAN[i] * 100) {
                return taxableFen * RATES[i] / 100 - QUICK_DEDUCTION_YUAN[i] * 100;
            }
        }
        throw new IllegalStateException("unreachable: the last bracket has no limit");
    }

    /** Tax withheld on one labour income payment (劳务报酬预扣预缴). */
    static long labourWithholdingFen(long amountFen) {
        long taxable = amountFen <= 400_000 ? amountFen - 80_000 : amountFen * 80 / 100;
        if (taxable <= 0) {
            return 0;
        }
        if (taxable <= 2_000_000) {
            return taxable * 20 / 100;
        }
        if (taxable <= 5_000_000) {
            return taxable * 30 / 100 - 200_000;
        }
        return taxable * 40 / 100 - 700_000;
    }
}
