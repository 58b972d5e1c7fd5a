package org.budayang.api.catalog;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * One item (事项) of the implementation list (事项实施清单) as central publishes it.
 *
 * <p>Codes follow GB/T 39554.1-2020 in the form this project uses: the basic code is the item
 * type (two capital letters, e.g. XK 行政许可, QR 行政确认, JF 行政给付, QT 其他, GG 公共服务) followed by a
 * 5-digit main item and a 3-digit sub item; the implementation code is
 * {@code <6-digit region>-<agency code>-<basic code>}, e.g. {@code 620102-GA01-QT00041001}.
 *
 * @param basicCode            基本编码
 * @param implementationCode   实施编码
 * @param name                 事项名称
 * @param department           the department it belongs to
 * @param agency               实施主体 (implementing agency)
 * @param guide                the complete 办事指南
 * @param flow                 the steps the kiosk's flow engine runs, at least one
 * @param devices              the kiosk devices the flow needs
 * @param serviceHours         when it can be done at a kiosk
 * @param needsCentral         whether it cannot be done without central (almost every item)
 * @param deferredAcceptance   容缺受理 applies
 * @param commitmentNotice     告知承诺 applies
 * @param keywords             extra words a citizen may search by (e.g. 社保 for 养老保险)
 */
public record ServiceItem(
        String basicCode,
        String implementationCode,
        String name,
        Department department,
        String agency,
        ItemGuide guide,
        List<FlowStep> flow,
        Set<DeviceRole> devices,
        ServiceHours serviceHours,
        boolean needsCentral,
        boolean deferredAcceptance,
        boolean commitmentNotice,
        List<String> keywords) {

    private static final Pattern BASIC_CODE = Pattern.compile("[A-Z]{2}\\d{8}");
    private static final Pattern IMPLEMENTATION_CODE = Pattern.compile("\\d{6}-[0-9A-Z]{2,18}-[A-Z]{2}\\d{8}");

    public ServiceItem {
        basicCode = Checks.matches("ServiceItem.basicCode", basicCode, BASIC_CODE,
                "two capital letters for the item type, then 5 + 3 digits, e.g. XK00041001");
        implementationCode = Checks.matches("ServiceItem.implementationCode of " + basicCode, implementationCode,
                IMPLEMENTATION_CODE, "<6-digit region>-<agency code>-<basic code>, e.g. 620102-GA01-QT00041001");
        if (!implementationCode.endsWith("-" + basicCode)) {
            throw new IllegalArgumentException("ServiceItem.implementationCode: '" + implementationCode
                    + "' does not end with its basic code " + basicCode);
        }
        name = Checks.text("ServiceItem.name of " + implementationCode, name);
        Checks.present("ServiceItem.department of " + implementationCode, department);
        agency = Checks.text("ServiceItem.agency of " + implementationCode, agency);
        Checks.present("ServiceItem.guide of " + implementationCode, guide);
        flow = Checks.list("ServiceItem.flow of " + implementationCode, flow, false);
        devices = Checks.set("ServiceItem.devices of " + implementationCode, devices);
        Checks.present("ServiceItem.serviceHours of " + implementationCode, serviceHours);
        keywords = keywords == null ? List.of() : Checks.list("ServiceItem.keywords", keywords, true);
        if (deferredAcceptance && guide.materials().stream().noneMatch(Material::deferrable)) {
            throw new IllegalArgumentException("ServiceItem " + implementationCode
                    + " allows 容缺受理 but none of its materials is marked deferrable");
        }
    }

    /** The 6-digit administrative region code the item is implemented in. */
    public String regionCode() {
        return implementationCode.substring(0, 6);
    }

    /** Whether a search text (already trimmed) matches the name or a keyword. */
    public boolean matches(String query) {
        if (query == null || query.isBlank()) {
            return false;
        }
        String q = query.strip();
        return name.contains(q) || keywords.stream().anyMatch(k -> k.contains(q) || q.contains(k))
                || basicCode.equalsIgnoreCase(q);
    }
}
