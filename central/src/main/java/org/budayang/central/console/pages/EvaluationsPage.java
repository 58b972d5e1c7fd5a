package org.budayang.central.console.pages;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.LocalDate;
import java.util.Map;
import org.budayang.central.console.ConsoleServices;
import org.budayang.central.console.Role;
import org.budayang.central.console.auth.OpsSession;
import org.budayang.central.console.data.EvaluationRow;
import org.budayang.central.console.data.EvaluationSummary;
import org.budayang.central.console.web.Html;
import org.budayang.central.console.web.Layout;
import org.budayang.central.console.web.Respond;

/**
 * {@code GET /console/evaluations}: 好差评 by level and the 差评 awaiting follow-up with their deadlines (call back
 * within 1 working day, rectify within 15), overdue ones marked; operators record the call-back.
 */
public final class EvaluationsPage {
    private static final Map<Integer, String> LEVELS = Map.of(5, "非常满意", 4, "满意", 3, "基本满意", 2, "不满意",
            1, "非常不满意");
    private static final Map<String, String> FOLLOW_UP = Map.of("OPEN", "待回访", "CALLED_BACK", "已回访，待整改",
            "RECTIFIED", "已整改");
    private final ConsoleServices services;

    public EvaluationsPage(ConsoleServices services) {
        this.services = services;
    }

    public void register(Javalin app) {
        app.get("/console/evaluations", this::show, Role.VIEWER);
        app.post("/console/evaluations/{id}/called-back", this::calledBack, Role.OPERATOR, LoginPages.FORM);
    }

    private void show(Context ctx) {
        OpsSession session = Respond.session(ctx);
        LocalDate today = LocalDate.ofInstant(services.clock().instant(), Html.ZONE);
        EvaluationSummary summary = services.data().evaluations(200);
        StringBuilder body = new StringBuilder(Flash.of(ctx));
        body.append("<div class=\"cards\"><div class=\"card\">评价总数<b id=\"total\">").append(summary.total())
                .append("</b></div><div class=\"card\">满意率（基本满意及以上）<b>")
                .append(summary.satisfiedShare() < 0 ? "暂无数据"
                        : String.format("%.1f%%", summary.satisfiedShare() * 100)).append("</b></div>");
        for (int score = 5; score >= 1; score--) {
            body.append("<div class=\"card\">").append(Html.esc(LEVELS.get(score))).append("<b>")
                    .append(summary.byScore().getOrDefault(score, 0L)).append("</b></div>");
        }
        body.append("</div><h3>差评跟进（1个工作日内回访，15个工作日内整改）</h3>");
        if (summary.followUp().isEmpty()) {
            body.append("<p>没有待跟进的差评。</p>");
        } else {
            body.append("<table id=\"followup\">").append(Html.headerRow("终端", "事项编码", "办件编号", "评价",
                    "原因", "评价内容", "评价时间", "跟进状态", "回访期限", "整改期限", "操作"));
            for (EvaluationRow row : summary.followUp()) {
                String action = row.followUp().equals("OPEN") && session.role().includes(Role.OPERATOR)
                        ? Html.postButton("/console/evaluations/" + Html.segment(row.evaluationId())
                        + "/called-back", session.csrfToken(), "登记回访", "") : "";
                body.append("<tr>").append(Html.td(row.kioskId())).append(Html.td(row.itemCode()))
                        .append(Html.td(row.applicationNo())).append(Html.td(LEVELS.get(row.score())))
                        .append(Html.td(row.reasons().replace('|', '、'))).append(Html.td(row.comment()))
                        .append(Html.tdRaw(Html.time(row.ratedAt())))
                        .append(Html.td(FOLLOW_UP.getOrDefault(row.followUp(), row.followUp())))
                        .append(deadline(row.callBackBy(), row.callBackOverdue(today)))
                        .append(deadline(row.rectifyBy(), row.rectifyOverdue(today)))
                        .append(Html.tdRaw(action)).append("</tr>");
            }
            body.append("</table>");
        }
        Respond.html(ctx, 200, Layout.page("好差评", session, "/console/evaluations", body.toString()));
    }

    private static String deadline(LocalDate day, boolean overdue) {
        return overdue ? "<td class=\"overdue\">" + Html.esc(day) + "（已逾期）</td>" : Html.td(day);
    }

    private void calledBack(Context ctx) {
        OpsSession session = Respond.session(ctx);
        String id = Actions.id(ctx);
        boolean done = Actions.run(services, ctx, session, "EVALUATION_CALLED_BACK", id,
                () -> services.actions().recordCallBack(id, session.username()));
        Respond.seeOther(ctx, "/console/evaluations?done=" + (done ? "calledback" : "unchanged"));
    }
}
