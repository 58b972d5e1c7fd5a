package org.budayang.kiosk.payment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.budayang.api.catalog.Department;
import org.budayang.api.services.QueryResult;
import org.budayang.api.services.ResultField;
import org.budayang.api.services.ResultSection;
import org.budayang.api.services.ResultTable;
import org.junit.jupiter.api.Test;

/** The bill's params from what the flow gathered (the query result's table as central's 交通违法 query writes it). */
class BillParamsTest {
    private static QueryResult violations(List<List<String>> rows) {
        ResultSection summary = new ResultSection("汇总", List.of(new ResultField("违法记录", rows.size() + " 条")), null);
        ResultSection table = new ResultSection("交通违法记录", List.of(), new ResultTable(List.of("决定书编号", "违法时间",
                "违法地点", "违法行为", "号牌号码", "罚款金额", "记分", "缴款状态"), rows));
        return new QueryResult("620102-JJ01-GG00014001", Department.PUBLIC_SECURITY, "交通违法查询结果",
                List.of(summary, table), Instant.parse("2026-11-27T08:00:00Z"));
    }

    @Test
    void theDecisionNoIsTheFirstUnpaidViolationOfTheQueryResult() {
        QueryResult result = violations(List.of(
                List.of("620102100001", "2026-10-01 08:00", "南关", "超速", "甘A12345", "200.00", "3", "已缴款"),
                List.of("620102100002", "2026-10-02 08:00", "西关", "闯红灯", "甘A12345", "200.00", "6", "未缴款"),
                List.of("620102100003", "2026-10-03 08:00", "东岗", "违停", "甘A12345", "150.00", "0", "未缴款")));
        assertEquals(Map.of("scope", "未处理的违法记录", "decisionNo", "620102100002"),
                BillParams.of(Map.of("scope", "未处理的违法记录"), result));
    }

    @Test
    void formValuesPassAsTheyAreAndNothingIsInventedWithoutAnUnpaidRow() {
        assertEquals(Map.of("grade", "500"), BillParams.of(Map.of("grade", "500"), null));
        QueryResult allPaid = violations(List.of(
                List.of("620102100001", "2026-10-01 08:00", "南关", "超速", "甘A12345", "200.00", "3", "已缴款")));
        assertEquals(Map.of(), BillParams.of(Map.of(), allPaid));
        assertEquals(Map.of(), BillParams.of(Map.of(), violations(List.of())));
        assertEquals(Map.of("decisionNo", "X1"), BillParams.of(Map.of("decisionNo", "X1"), violations(List.of(
                List.of("620102100009", "2026-10-01 08:00", "南关", "超速", "甘A12345", "200.00", "3", "未缴款")))),
                "a decisionNo the citizen chose wins");
    }
}
