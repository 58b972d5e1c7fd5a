package org.budayang.central.payments.sandbox;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import org.budayang.api.catalog.Department;
import org.budayang.central.db.Jdbc;
import org.budayang.central.connectors.sandbox.SandboxProvider;
import org.budayang.central.payments.DepartmentPosting;
import org.budayang.central.payments.bills.BillService;
import org.budayang.central.payments.bills.StoredBill;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox departments' side of a payment (a simulator): behind the department's {@code DepartmentGate} (so that
 * the sandbox admin API or a test can make it unavailable or failing), in one transaction, it records the payment in
 * pay_sb_department_posting (once per order: a repeat answers success) and changes the department's real state —
 * the fine marked paid (sb_ps_traffic_violation), the year's contribution recorded (sb_ss_contribution,
 * sb_mi_contribution). A fine already paid or a year already recorded is refused (409), and central refunds.
 */
public final class SandboxDepartmentPosting implements DepartmentPosting {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxDepartmentPosting.class);
    private final javax.sql.DataSource dataSource;
    private final SandboxProvider sandbox;
    private final Clock clock;

    public SandboxDepartmentPosting(javax.sql.DataSource dataSource, SandboxProvider sandbox, Clock clock) {
        this.dataSource = dataSource;
        this.sandbox = sandbox;
        this.clock = clock;
    }

    @Override
    public void post(String orderNo, StoredBill bill, long amountFen) {
        Department department = bill.kind().department();
        sandbox.gate(department).enter("post payment " + orderNo);
        Instant now = clock.instant();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                if (exists(c, orderNo)) {
                    c.rollback();
                    return;
                }
                apply(c, bill, amountFen, LocalDate.ofInstant(now, BillService.ZONE));
                try (PreparedStatement s = c.prepareStatement("INSERT INTO pay_sb_department_posting (order_no, "
                        + "department, rule, target, amount_fen, posted_at) VALUES (?, ?, ?, ?, ?, ?)")) {
                    Jdbc.bind(s, orderNo, department.name(), bill.kind().name(), bill.target(), amountFen, now);
                    s.executeUpdate();
                }
                c.commit();
                LOG.info("Sandbox {} took the payment of order {} ({}, {} fen)", department, orderNo, bill.kind(),
                        amountFen);
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            } finally {
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw Jdbc.failure("Sandbox posting of order " + orderNo + " failed", e);
        }
    }

    private static void apply(Connection c, StoredBill bill, long amountFen, LocalDate today) throws SQLException {
        switch (bill.kind()) {
            case TRAFFIC_FINE -> {
                if (update(c, "UPDATE sb_ps_traffic_violation SET paid = TRUE WHERE decision_no = ? AND id_number = ? "
                        + "AND paid = FALSE", bill.target(), bill.beneficiary()) != 1) {
                    throw refused("FINE_ALREADY_PAID", "decision " + bill.target() + " is paid already (or gone)",
                            "该罚款已缴纳");
                }
            }
            case RESIDENT_PENSION -> {
                String[] target = bill.target().split(":");
                int year = Integer.parseInt(target[0]);
                if (count(c, "SELECT COUNT(*) FROM sb_ss_contribution WHERE id_number = ? AND contribution_year = ?",
                        bill.beneficiary(), year) > 0) {
                    throw refused("CONTRIBUTION_ALREADY_PAID", "the " + year + " pension contribution is recorded",
                            year + "年度养老保险费已缴纳");
                }
                update(c, "INSERT INTO sb_ss_contribution (id_number, contribution_year, months, base_fen, "
                        + "personal_fen, employer_fen) VALUES (?, ?, 12, ?, ?, 0)", bill.beneficiary(), year,
                        amountFen, amountFen);
            }
            case RESIDENT_MEDICAL -> {
                int year = Integer.parseInt(bill.target());
                if (count(c, "SELECT COUNT(*) FROM sb_mi_contribution WHERE id_number = ? AND contribution_year = ?",
                        bill.beneficiary(), year) > 0) {
                    throw refused("CONTRIBUTION_ALREADY_PAID", "the " + year + " medical contribution is recorded",
                            year + "年度医保费已缴纳");
                }
                update(c, "INSERT INTO sb_mi_contribution (id_number, contribution_year, personal_fen, employer_fen, "
                        + "paid_on) VALUES (?, ?, ?, 0, ?)", bill.beneficiary(), year, amountFen, today);
                if (year == today.getYear()) {
                    update(c, "UPDATE sb_mi_enrolment SET enrolment_status = 'ACTIVE' WHERE id_number = ?",
                            bill.beneficiary());
                }
            }
            case FIXED_FEE -> { } // the 工本费 is booked by the posting row itself
        }
    }

    private static ApiException refused(String code, String detail, String citizen) {
        return new ApiException(409, code, "The sandbox department refused the payment: " + detail, citizen);
    }

    private static boolean exists(Connection c, String orderNo) throws SQLException {
        return count(c, "SELECT COUNT(*) FROM pay_sb_department_posting WHERE order_no = ?", orderNo) > 0;
    }

    private static int update(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Jdbc.bind(s, params);
            return s.executeUpdate();
        }
    }

    private static long count(Connection c, String sql, Object... params) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            Jdbc.bind(s, params);
            try (ResultSet r = s.executeQuery()) {
                r.next();
                return r.getLong(1);
            }
        }
    }
}
