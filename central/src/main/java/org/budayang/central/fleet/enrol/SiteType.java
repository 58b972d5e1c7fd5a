package org.budayang.central.fleet.enrol;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Where a kiosk stands; written in JSON by its name or its Chinese label. */
public enum SiteType {
    GOVERNMENT_SERVICE_CENTER("政务服务中心"),
    CONVENIENCE_SERVICE_CENTER("便民服务中心"),
    CONVENIENCE_SERVICE_STATION("便民服务站"),
    BANK("银行"),
    POST_OFFICE("邮政"),
    OTHER("其他");

    private final String label;

    SiteType(String label) {
        this.label = label;
    }

    public String label() {
        return label;
    }

    /** By name ({@code BANK}) or label ({@code 银行}). */
    public static SiteType parse(String text) {
        for (SiteType type : values()) {
            if (type.name().equals(text) || type.label.equals(text)) {
                return type;
            }
        }
        throw new IllegalArgumentException("siteType: '" + text + "' is not a site type; accepted: "
                + Arrays.stream(values()).map(t -> t.name() + " (" + t.label + ")").collect(Collectors.joining(", ")));
    }
}
