package org.budayang.central.payments.bills;

import org.budayang.api.catalog.Department;

/** The kinds of fee central computes, each posted to its department once paid. */
public enum FeeKind {
    /** 交通违法罚款 (+ 加处罚款): target = the 处罚决定书编号. */
    TRAFFIC_FINE(Department.PUBLIC_SECURITY),
    /** 城乡居民基本养老保险缴费: target = {@code year:gradeFen}. */
    RESIDENT_PENSION(Department.SOCIAL_SECURITY),
    /** 城乡居民基本医保缴费: target = the year. */
    RESIDENT_MEDICAL(Department.MEDICAL_INSURANCE),
    /** A fixed 工本费 (居民身份证补领): target = the item's basic code. */
    FIXED_FEE(Department.PUBLIC_SECURITY);

    private final Department department;

    FeeKind(Department department) {
        this.department = department;
    }

    public Department department() {
        return department;
    }
}
