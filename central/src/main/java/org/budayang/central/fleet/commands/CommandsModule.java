package org.budayang.central.fleet.commands;

import io.javalin.Javalin;
import io.javalin.http.Context;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.budayang.api.fleet.CommandRequest;
import org.budayang.api.fleet.CommandResult;
import org.budayang.api.fleet.CommandStatus;
import org.budayang.api.fleet.FleetPaths;
import org.budayang.api.fleet.KioskCommand;
import org.budayang.central.auth.KioskId;
import org.budayang.central.auth.KioskIdentity;
import org.budayang.central.web.ApiException;
import org.budayang.central.web.CentralModule;
import org.budayang.central.fleet.telemetry.FleetJson;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Remote commands. Kiosk side: {@code GET /api/v1/commands[?waitSeconds=0..N]} answers the pending commands
 * ({@code {"commands": [...]}}), holding the request open up to {@code commands.longPollMax} while there are none;
 * {@code POST /api/v1/commands/{commandId}/result} records the first result (a result sent again answers 200 with
 * {@code "counted": false} and changes nothing). Ops side (ops token + user): create, list, read an attachment,
 * read the audit trail. A timer expires commands never picked up.
 */
public final class CommandsModule implements CentralModule, AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CommandsModule.class);
    private static final Pattern COMMAND_ID = Pattern.compile("[A-Za-z0-9_-]{8,64}");

    private final CommandRepository commands;
    private final Predicate<String> knownKiosk;
    private final CommandSettings settings;
    private final Clock clock;
    private final CommandWaiters waiters = new CommandWaiters();
    private final ScheduledExecutorService timer;
    private final ExecutorService pollAnswers;

    /**
     * @param knownKiosk whether a kiosk id names an enrolled kiosk (commands for others are refused)
     */
    public CommandsModule(CommandRepository commands, Predicate<String> knownKiosk,
                          CommandSettings settings, Clock clock) {
        this.commands = Objects.requireNonNull(commands, "commands");
        this.knownKiosk = Objects.requireNonNull(knownKiosk, "knownKiosk");
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.timer = Executors.newSingleThreadScheduledExecutor(daemon("command-timer"));
        this.pollAnswers = Executors.newFixedThreadPool(4, daemon("command-poll"));
    }

    /** Starts the expiry timer. */
    public CommandsModule start() {
        long period = settings.expiryCheckEvery().toMillis();
        timer.scheduleWithFixedDelay(() -> {
            try {
                expireNow();
            } catch (RuntimeException e) {
                LOG.warn("Expiring commands failed; trying again in {}", settings.expiryCheckEvery(), e);
            }
        }, period, period, TimeUnit.MILLISECONDS);
        return this;
    }

    public int expireNow() {
        int expired = commands.expire(clock.instant());
        if (expired > 0) {
            LOG.info("{} commands expired without being picked up", expired);
        }
        return expired;
    }

    @Override
    public void addRoutes(Javalin app) {
        app.get(FleetPaths.COMMANDS, this::poll);
        app.post(FleetPaths.COMMAND_RESULT, this::result);
        app.post(FleetPaths.OPS_KIOSK_COMMANDS, OpsGate.guard(this::create), OpsGate.ROLES);
        app.get(FleetPaths.OPS_KIOSK_COMMANDS, OpsGate.guard((ctx, user) ->
                ctx.json(Map.of("commands", commands.list(kiosk(ctx), 100)))), OpsGate.ROLES);
        app.get(FleetPaths.OPS_COMMAND_ATTACHMENT, OpsGate.guard(this::attachment), OpsGate.ROLES);
        app.get(FleetPaths.OPS + "/commands/{commandId}/audit", OpsGate.guard((ctx, user) ->
                ctx.json(Map.of("audit", commands.audit(commandId(ctx))))), OpsGate.ROLES);
    }

    @Override
    public Optional<String> openApiFragment() {
        return Optional.of("openapi/fleet-commands.json");
    }

    private void poll(Context ctx) {
        String kiosk = KioskIdentity.of(ctx).kioskId();
        Duration wait = waitOf(ctx);
        CompletableFuture<Void> waiter = wait.isZero() ? null : waiters.register(kiosk);
        List<KioskCommand> pending = commands.deliver(kiosk, clock.instant(), settings.pollLimit());
        if (!pending.isEmpty() || waiter == null) {
            if (waiter != null) {
                waiter.cancel(false);
            }
            ctx.json(Map.of("commands", pending));
            return;
        }
        ScheduledFutureHolder timeout = new ScheduledFutureHolder(timer.schedule(() -> waiter.complete(null),
                wait.toMillis(), TimeUnit.MILLISECONDS));
        ctx.future(() -> waiter.thenApplyAsync(ignored -> {
            timeout.cancel();
            return Map.of("commands", commands.deliver(kiosk, clock.instant(), settings.pollLimit()));
        }, pollAnswers).thenAccept(ctx::json));
    }

    private record ScheduledFutureHolder(java.util.concurrent.ScheduledFuture<?> future) {
        void cancel() {
            future.cancel(false);
        }
    }

    private Duration waitOf(Context ctx) {
        String text = ctx.queryParam("waitSeconds");
        if (text == null) {
            return Duration.ZERO;
        }
        long max = settings.longPollMax().toSeconds();
        try {
            long seconds = Long.parseLong(text.strip());
            if (seconds >= 0 && seconds <= max) {
                return Duration.ofSeconds(seconds);
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw ApiException.badRequest("INVALID_FIELD", "Query parameter waitSeconds '" + printable(text)
                + "' is not a whole number 0.." + max + " (configuration commands.longPollMax)");
    }

    private void result(Context ctx) {
        String kiosk = KioskIdentity.of(ctx).kioskId();
        String id = commandId(ctx);
        CommandResult result = FleetJson.read(ctx, CommandResult.class);
        boolean counted;
        try {
            counted = commands.complete(kiosk, id, result, clock.instant());
        } catch (CommandNotFoundException e) {
            throw new ApiException(404, "COMMAND_NOT_FOUND", e.getMessage());
        }
        if (counted) {
            LOG.info("Command {} of kiosk {} ended {} {}", id, kiosk, result.outcome(),
                    Objects.requireNonNullElse(result.code(), ""));
        } else {
            LOG.info("Command {} of kiosk {}: a further result ({}) was ignored", id, kiosk, result.outcome());
        }
        CommandStatus status = commands.find(id).orElseThrow();
        ctx.json(Map.of("counted", counted, "state", status.state()));
    }

    private void create(Context ctx, String user) {
        String kiosk = kiosk(ctx);
        if (!knownKiosk.test(kiosk)) {
            throw new ApiException(404, "KIOSK_NOT_FOUND", "Kiosk " + kiosk + " is not enrolled (or is disabled); "
                    + "commands go to enrolled kiosks only.");
        }
        CommandRequest request = FleetJson.read(ctx, CommandRequest.class);
        String id = "cmd-" + UUID.randomUUID();
        CommandStatus created = commands.create(id, kiosk, request, user, clock.instant());
        LOG.info("Command {} {} for kiosk {} created by {}", id, request.type(), kiosk, user);
        waiters.wake(kiosk);
        ctx.status(201).json(created);
    }

    private void attachment(Context ctx, String user) {
        String id = commandId(ctx);
        CommandRepository.Attachment found = commands.attachment(id, user, clock.instant()).orElseThrow(() ->
                new ApiException(404, "ATTACHMENT_NOT_FOUND", "Command " + id + " has no attachment (only a DONE "
                        + "COLLECT_LOGS or SCREENSHOT has one)."));
        ctx.contentType(found.type()).result(found.bytes());
    }

    private static String kiosk(Context ctx) {
        String kiosk = ctx.pathParam("kioskId");
        if (!KioskId.isValid(kiosk)) {
            throw ApiException.badRequest("INVALID_FIELD", "Path parameter kioskId '" + printable(kiosk) + "' is not "
                    + KioskId.FORMAT);
        }
        return kiosk;
    }

    private static String commandId(Context ctx) {
        String id = ctx.pathParam("commandId");
        if (!COMMAND_ID.matcher(id).matches()) {
            throw ApiException.badRequest("INVALID_FIELD", "Path parameter commandId '" + printable(id) + "' is not "
                    + "8-64 of [A-Za-z0-9_-]");
        }
        return id;
    }

    int waiting() {
        return waiters.waiting();
    }

    @Override
    public void close() {
        timer.shutdownNow();
        pollAnswers.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    private static String printable(String text) {
        String kept = text.codePoints().filter(c -> c >= 0x20 && c < 0x7f).limit(40)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return text.length() > 40 ? kept + "…" : kept;
    }
}
