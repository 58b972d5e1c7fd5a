package org.budayang.central.console;

import org.budayang.central.db.Jdbc;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.Optional;
import org.budayang.central.config.CentralConfig;
import org.budayang.central.console.auth.OpsUser;
import org.budayang.central.console.auth.OpsUsers;
import org.budayang.central.console.auth.PasswordHasher;
import org.budayang.central.db.Database;

/**
 * {@code central add-ops-user --user NAME --role viewer|operator|admin [--name 显示名] [--reset] [--config FILE]
 * [--data-dir DIR]}: adds an ops user (the first admin, typically) to central's database, reading the password
 * from the first line of standard input so that it appears neither in the process list nor in shell history.
 * {@code --reset} sets a new password (and unlocks) for an existing user instead.
 */
public final class OpsUserCommand {
    public static final String USAGE = "Usage: central add-ops-user --user NAME --role viewer|operator|admin "
            + "[--name DISPLAY_NAME] [--reset] [--config FILE] [--data-dir DIR]   (password on standard input)";

    /**
     * What the command was asked.
     *
     * @param username    login name
     * @param role        its role
     * @param displayName shown name (default: the login name)
     * @param reset       set a new password for an existing user
     * @param config      central's configuration file, if any
     * @param dataDir     central's data directory
     */
    public record Request(String username, Role role, String displayName, boolean reset, Optional<Path> config,
                          Path dataDir) {
        public Request {
            OpsUser.requireUsername(username);
        }
    }

    private OpsUserCommand() {
    }

    /** Parses the arguments after {@code add-ops-user}; the message names the argument and the fix. */
    public static Request parse(String... args) {
        String user = null;
        Role role = null;
        String name = null;
        boolean reset = false;
        Path config = null;
        Path dataDir = Path.of("var", "central");
        for (int i = 0; i < args.length; i++) {
            String arg = args[i];
            switch (arg) {
                case "--user" -> user = value(args, ++i, arg);
                case "--role" -> role = Role.parse(value(args, ++i, arg));
                case "--name" -> name = value(args, ++i, arg);
                case "--reset" -> reset = true;
                case "--config" -> config = Path.of(value(args, ++i, arg));
                case "--data-dir" -> dataDir = Path.of(value(args, ++i, arg));
                default -> throw new IllegalArgumentException("Unknown argument '" + arg + "'. " + USAGE);
            }
        }
        if (user == null) {
            throw new IllegalArgumentException("add-ops-user needs --user, e.g. --user zhang.wei. " + USAGE);
        }
        if (role == null && !reset) {
            throw new IllegalArgumentException("add-ops-user needs --role viewer, operator or admin. " + USAGE);
        }
        return new Request(user, role == null ? Role.VIEWER : role, name == null ? user : name, reset,
                Optional.ofNullable(config), dataDir);
    }

    /** Reads the password (first line of {@code in}) and adds or resets the user; answers what was done. */
    public static String run(Request request, InputStream in, PasswordHasher hasher, Clock clock) throws IOException {
        String password = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).readLine();
        if (password == null) {
            throw new IllegalArgumentException("No password on standard input; pipe it in, e.g. "
                    + "read -rs P && printf '%s\\n' \"$P\" | central add-ops-user --user ... --role admin");
        }
        String hash = hasher.hash(password);
        CentralConfig config = CentralConfig.load(request.config(), request.dataDir());
        try (Database database = Database.open(config.database())) {
            OpsUsers users = new OpsUsers(new Jdbc(database.dataSource()), clock);
            if (request.reset()) {
                if (!users.setPasswordHash(request.username(), hash)) {
                    throw new IllegalArgumentException("Ops user '" + request.username() + "' does not exist; add it "
                            + "without --reset");
                }
                return "Password of ops user " + request.username() + " reset (account unlocked)";
            }
            users.create(request.username(), request.displayName(), request.role(), hash);
            return "Ops user " + request.username() + " added with role " + request.role();
        }
    }

    /** The composition for CentralMain: the production Argon2id cost, the system clock. */
    public static String run(String[] args, InputStream in) throws IOException {
        return run(parse(args), in, new PasswordHasher(PasswordHasher.Cost.DEFAULT, new SecureRandom(), 1),
                Clock.systemUTC());
    }

    private static String value(String[] args, int index, String name) {
        if (index >= args.length || args[index].startsWith("--")) {
            throw new IllegalArgumentException(name + " needs a value. " + USAGE);
        }
        return args[index];
    }
}
