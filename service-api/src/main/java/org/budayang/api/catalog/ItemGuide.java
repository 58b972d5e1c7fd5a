package org.budayang.api.catalog;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The 办事指南 of an item: every element DOMAIN.md lists, so that the same item shows the same
 * conditions, materials, time limits and visit count everywhere (四级四同).
 *
 * @param legalBasis           设定依据 / 实施依据
 * @param conditions           受理条件, at least one
 * @param materials            申请材料, may be empty for a pure query
 * @param process              办理流程 as the citizen reads it, at least one step
 * @param timeLimits           法定 and 承诺办结时限
 * @param onSiteVisits         到现场次数 (0 = 全程网办 / at the kiosk, 1 = once)
 * @param fee                  收费标准, e.g. 不收费
 * @param location             办理地点
 * @param hours                办理时间 as text
 * @param consultationPhone    咨询电话
 * @param complaintPhone       监督投诉电话
 */
public record ItemGuide(
        String legalBasis,
        List<String> conditions,
        List<Material> materials,
        List<String> process,
        TimeLimits timeLimits,
        int onSiteVisits,
        String fee,
        String location,
        String hours,
        String consultationPhone,
        String complaintPhone) {

    private static final Pattern PHONE = Pattern.compile("\\d{3,4}-?\\d{5,8}|1\\d{4}|\\d{3}");

    public ItemGuide {
        legalBasis = Checks.text("ItemGuide.legalBasis", legalBasis);
        conditions = Checks.list("ItemGuide.conditions", conditions, false);
        materials = Checks.list("ItemGuide.materials", materials, true);
        process = Checks.list("ItemGuide.process", process, false);
        Checks.present("ItemGuide.timeLimits", timeLimits);
        Checks.range("ItemGuide.onSiteVisits", onSiteVisits, 0, 5);
        fee = Checks.text("ItemGuide.fee", fee);
        location = Checks.text("ItemGuide.location", location);
        hours = Checks.text("ItemGuide.hours", hours);
        consultationPhone = Checks.matches("ItemGuide.consultationPhone", consultationPhone, PHONE,
                "a telephone number such as 0931-12345 or 12345");
        complaintPhone = Checks.matches("ItemGuide.complaintPhone", complaintPhone, PHONE,
                "a telephone number such as 0931-12345 or 12345");
    }
}
