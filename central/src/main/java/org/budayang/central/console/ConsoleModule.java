package org.budayang.central.console;

import org.budayang.central.db.Jdbc;
import io.javalin.Javalin;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Objects;
import javax.sql.DataSource;
import org.budayang.central.console.audit.AuditLog;
import org.budayang.central.console.auth.LoginService;
import org.budayang.central.console.auth.OpsUsers;
import org.budayang.central.console.auth.PasswordHasher;
import org.budayang.central.console.auth.Sessions;
import org.budayang.central.console.data.ConsoleBackends;
import org.budayang.central.console.data.FleetActions;
import org.budayang.central.console.data.JdbcConsoleData;
import org.budayang.central.console.pages.AlertsPage;
import org.budayang.central.console.pages.AuditPage;
import org.budayang.central.console.pages.EnrolmentCodesPage;
import org.budayang.central.console.pages.EvaluationsPage;
import org.budayang.central.console.pages.FleetPage;
import org.budayang.central.console.pages.HelpPage;
import org.budayang.central.console.pages.KioskActionsPage;
import org.budayang.central.console.pages.KioskDetailPage;
import org.budayang.central.console.pages.KioskListPage;
import org.budayang.central.console.pages.LoginPages;
import org.budayang.central.console.pages.UsersPage;
import org.budayang.central.console.web.ConsoleException;
import org.budayang.central.console.web.ConsoleGuard;
import org.budayang.central.console.web.Html;
import org.budayang.central.console.web.Layout;
import org.budayang.central.console.web.Respond;
import org.budayang.central.web.CentralModule;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The ops console at {@code /console/**}: server-rendered Chinese pages (no script), login with Argon2id
 * passwords, database sessions, roles per route, CSRF tokens on every form, and the audit log (decision 0017).
 * Added to central with {@code CentralServer.builder().module(ConsoleModule.create(...))}.
 */
public final class ConsoleModule implements CentralModule {
    private static final Logger LOG = LoggerFactory.getLogger(ConsoleModule.class);

    private final ConsoleServices services;
    private final SecureRandom random;

    public ConsoleModule(ConsoleServices services, SecureRandom random) {
        this.services = Objects.requireNonNull(services, "services");
        this.random = Objects.requireNonNull(random, "random");
    }

    /**
     * The console over central's database: its own users, sessions and audit (V120), its pages reading the other
     * features' tables, and its actions going through their services ({@code backends}).
     */
    public static ConsoleModule create(DataSource dataSource, Clock clock, ConsoleSettings settings,
                                       PasswordHasher hasher, ConsoleBackends backends) {
        SecureRandom random = new SecureRandom();
        Jdbc sql = new Jdbc(dataSource);
        OpsUsers users = new OpsUsers(sql, clock);
        Sessions sessions = new Sessions(sql, clock, random, settings);
        LoginService login = new LoginService(users, sessions, hasher, sql, clock, settings);
        JdbcConsoleData data = new JdbcConsoleData(sql, backends, clock);
        LOG.info("Ops console wired; a kiosk counts as offline after {} without a heartbeat", backends.silentAfter());
        return new ConsoleModule(new ConsoleServices(users, sessions, login, hasher, new AuditLog(sql, clock), data,
                new FleetActions(backends, clock), clock, settings), random);
    }

    public ConsoleServices services() {
        return services;
    }

    @Override
    public void addRoutes(Javalin app) {
        app.beforeMatched(new ConsoleGuard(services));
        app.exception(ConsoleException.class, (e, ctx) -> {
            LOG.debug("Console request {} {} refused: {}", ctx.method(), ctx.endpointHandlerPath(), e.getMessage());
            String body = "<p class=\"msg bad\" id=\"error\">" + Html.esc(e.userMessage()) + "</p><p><small>错误代码："
                    + Html.esc(e.code()) + "（HTTP " + e.status() + "）</small></p><p><a href=\"/console/fleet\">返回首页</a>"
                    + "</p>";
            String html = Respond.optionalSession(ctx).map(s -> Layout.page("无法完成请求", s, "", body))
                    .orElseGet(() -> Layout.bare("无法完成请求", "<h2>无法完成请求</h2>" + body
                            + "<p><a href=\"/console/login\">登录</a></p>"));
            Respond.html(ctx, e.status(), html);
        });
        new LoginPages(services, random).register(app);
        new FleetPage(services).register(app);
        new KioskListPage(services).register(app);
        new KioskDetailPage(services).register(app);
        new KioskActionsPage(services).register(app);
        new AlertsPage(services).register(app);
        new HelpPage(services).register(app);
        new EvaluationsPage(services).register(app);
        new EnrolmentCodesPage(services).register(app);
        new UsersPage(services).register(app);
        new AuditPage(services).register(app);
    }
}
