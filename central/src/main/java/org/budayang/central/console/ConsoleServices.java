package org.budayang.central.console;

import java.time.Clock;
import java.util.Objects;
import org.budayang.central.console.audit.AuditLog;
import org.budayang.central.console.auth.LoginService;
import org.budayang.central.console.auth.OpsUsers;
import org.budayang.central.console.auth.PasswordHasher;
import org.budayang.central.console.auth.Sessions;
import org.budayang.central.console.data.ConsoleActions;
import org.budayang.central.console.data.ConsoleData;

/**
 * What the console's pages and guard use, wired by hand ({@link ConsoleModule#create}).
 *
 * @param users    ops users
 * @param sessions sessions
 * @param login    login checks
 * @param hasher   Argon2id
 * @param audit    the audit log
 * @param data     the pages' read model
 * @param actions  operator actions on other features' data
 * @param clock    the console's clock (session timeouts, deadlines)
 * @param settings timeouts and throttling
 */
public record ConsoleServices(OpsUsers users, Sessions sessions, LoginService login, PasswordHasher hasher,
                              AuditLog audit, ConsoleData data, ConsoleActions actions, Clock clock,
                              ConsoleSettings settings) {
    public ConsoleServices {
        Objects.requireNonNull(users, "ConsoleServices.users");
        Objects.requireNonNull(sessions, "ConsoleServices.sessions");
        Objects.requireNonNull(login, "ConsoleServices.login");
        Objects.requireNonNull(hasher, "ConsoleServices.hasher");
        Objects.requireNonNull(audit, "ConsoleServices.audit");
        Objects.requireNonNull(data, "ConsoleServices.data");
        Objects.requireNonNull(actions, "ConsoleServices.actions");
        Objects.requireNonNull(clock, "ConsoleServices.clock");
        Objects.requireNonNull(settings, "ConsoleServices.settings");
    }
}
