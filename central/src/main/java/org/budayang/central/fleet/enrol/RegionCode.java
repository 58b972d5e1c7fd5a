package org.budayang.central.fleet.enrol;

import java.util.Set;

/**
 * A 12-digit 统计用区划代码 (province 2, city 2, county 2, township 3, village 3 digits), e.g.
 * {@code 620102000000}; the first two digits must be a province, autonomous region, municipality or SAR.
 *
 * @param value the 12 digits
 */
public record RegionCode(String value) {
    /** The province-level prefixes of GB/T 2260 (11 北京 … 65 新疆, 71 台湾, 81 香港, 82 澳门). */
    static final Set<String> PROVINCES = Set.of("11", "12", "13", "14", "15", "21", "22", "23", "31", "32", "33",
            "34", "35", "36", "37", "41", "42", "43", "44", "45", "46", "50", "51", "52", "53", "54", "61", "62", "63",
            "64", "65", "71", "81", "82");

    public RegionCode {
        if (value == null || !value.matches("[0-9]{12}")) {
            throw new IllegalArgumentException("regionCode: '" + value + "' is not 12 digits; give the site's "
                    + "统计用区划代码, e.g. 620102000000");
        }
        if (!PROVINCES.contains(value.substring(0, 2))) {
            throw new IllegalArgumentException("regionCode: '" + value + "' starts with " + value.substring(0, 2)
                    + ", which is no province-level code (11..65, 71, 81, 82)");
        }
    }

    @Override
    public String toString() {
        return value;
    }
}
