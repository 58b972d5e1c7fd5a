package org.budayang.central.connectors.queries;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.budayang.api.catalog.Department;
import org.budayang.api.services.ResultSection;
import org.budayang.central.connectors.DepartmentErrors;
import org.budayang.central.connectors.PublicSecurityConnector;
import org.budayang.central.connectors.PublicSecurityConnector.Household;
import org.budayang.central.connectors.PublicSecurityConnector.IdCardApplication;
import org.budayang.central.connectors.PublicSecurityConnector.TrafficViolation;
import org.budayang.central.identity.RegisteredPerson;

/** The 公安 items: 身份证办理进度, 交通违法, 户籍信息. */
final class PublicSecurityQueries {
    /** The catalogue's {@code scope} of GG00014001: unpaid only, or all (the default). */
    static final List<String> SCOPES = List.of("未处理的违法记录", "全部违法记录");
    /** The catalogue's {@code certificateType} of QT00013001: the holder only, or the whole household (default). */
    static final List<String> CERTIFICATE_TYPES = List.of("本人户籍信息", "同户家庭成员关系");
    private static final DateTimeFormatter MINUTE = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final PublicSecurityConnector connector;
    private final Clock clock;

    PublicSecurityQueries(PublicSecurityConnector connector, Clock clock) {
        this.connector = connector;
        this.clock = clock;
    }

    Answer idCardProgress(String id, Map<String, String> params) {
        RegisteredPerson person = connector.find(id).orElseThrow(() ->
                DepartmentErrors.citizenNotFound(Department.PUBLIC_SECURITY, id, "household registration (户籍)"));
        LocalDate today = LocalDate.now(clock);
        boolean expired = person.validTo().map(to -> to.isBefore(today)).orElse(false);
        ResultSection card = Format.fields("证件信息", Format.field("姓名", person.name()),
                Format.field("公民身份号码", Format.maskedId(id)),
                Format.field("有效期限", Format.date(person.validFrom()) + " 至 "
                        + person.validTo().map(Format::date).orElse("长期")),
                Format.field("证件状态", expired ? "已过期，请尽快换领" : "有效"));
        ResultSection progress = connector.idCardApplication(id)
                .map(PublicSecurityQueries::progress)
                .orElse(Format.fields("办理进度", Format.field("说明", "未查询到正在办理的居民身份证换领、补领申请。")));
        return new Answer("居民身份证办理进度", person.name(), List.of(card, progress));
    }

    private static ResultSection progress(IdCardApplication a) {
        return Format.fields("办理进度", Format.field("受理编号", a.receiptNo()), Format.field("申请类型", a.kind()),
                Format.field("受理日期", Format.date(a.acceptedOn())), Format.field("当前进度", a.stage()),
                Format.field("预计可领取日期", Format.date(a.readyOn())), Format.field("领取地点", a.pickupPlace()));
    }

    Answer trafficViolations(String id, Map<String, String> params) {
        RegisteredPerson person = connector.find(id).orElseThrow(() ->
                DepartmentErrors.citizenNotFound(Department.PUBLIC_SECURITY, id, "household registration (户籍)"));
        String scope = Format.oneOf(params, "scope", SCOPES, SCOPES.get(1));
        List<TrafficViolation> violations = connector.trafficViolations(id).stream()
                .filter(v -> scope.equals(SCOPES.get(1)) || !v.paid()).toList();
        long unpaidFen = 0;
        int unpaid = 0;
        List<List<String>> rows = new ArrayList<>();
        for (TrafficViolation v : violations) {
            if (!v.paid()) {
                unpaid++;
                unpaidFen += v.fineFen();
            }
            rows.add(List.of(v.decisionNo(), MINUTE.format(v.occurredAt()), v.place(), v.offence(), v.plate(),
                    Format.yuan(v.fineFen()), Integer.toString(v.points()), v.paid() ? "已缴款" : "未缴款"));
        }
        ResultSection summary = Format.fields("汇总", Format.field("违法记录", violations.size() + " 条"),
                Format.field("未缴款", unpaid + " 条"), Format.field("待缴罚款合计", Format.yuan(unpaidFen)));
        ResultSection table = Format.table("交通违法记录", List.of("决定书编号", "违法时间", "违法地点", "违法行为", "号牌号码",
                "罚款金额", "记分", "缴款状态"), rows, "未查询到您名下的交通违法记录。");
        return new Answer("交通违法查询结果", person.name(), List.of(summary, table));
    }

    Answer householdRegistration(String id, Map<String, String> params) {
        Household household = connector.household(id);
        String holder = null;
        List<List<String>> rows = new ArrayList<>();
        String type = Format.oneOf(params, "certificateType", CERTIFICATE_TYPES, CERTIFICATE_TYPES.get(1));
        for (PublicSecurityConnector.Member m : household.members()) {
            if (m.idNumber().equals(id)) {
                holder = m.name();
            } else if (type.equals(CERTIFICATE_TYPES.get(0))) {
                continue; // 本人户籍信息: the holder's own line only
            }
            rows.add(List.of(m.name(), m.relation(), m.male() ? "男" : "女", Format.date(m.birthDate()),
                    m.idNumber().equals(id) ? id : Format.maskedId(m.idNumber())));
        }
        ResultSection info = Format.fields("户籍信息", Format.field("户号", household.number()),
                Format.field("户籍地址", household.address()), Format.field("户籍所在地", Labels.region(household.regionCode())));
        ResultSection members = Format.table("同户人员", List.of("姓名", "与户主关系", "性别", "出生日期", "公民身份号码"), rows,
                "无");
        return new Answer("户籍信息", holder, List.of(info, members));
    }
}
