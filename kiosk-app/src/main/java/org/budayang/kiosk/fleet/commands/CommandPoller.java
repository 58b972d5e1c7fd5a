package org.budayang.kiosk.fleet.commands;

import java.time.Duration;
import java.util.List;
import java.util.Objects;
import org.budayang.api.fleet.CommandResult;
import org.budayang.api.fleet.KioskCommand;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The kiosk's command loop on the daemon thread {@code fleet-commands}: report results central has not confirmed,
 * poll {@code GET /api/v1/commands} (central holds the request up to {@code wait}), execute each command through
 * the {@link CommandExecutor} (at most once per id) and report its result. When central is unreachable it waits
 * 1 s, doubling to 60 s; results wait in the {@link CommandLedger} meanwhile.
 */
public final class CommandPoller implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(CommandPoller.class);
    public static final Duration DEFAULT_WAIT = Duration.ofSeconds(25);

    private final FleetClient client;
    private final CommandExecutor executor;
    private final CommandLedger ledger;
    private final Duration wait;
    private volatile boolean running;
    private Thread thread;

    public CommandPoller(FleetClient client, CommandExecutor executor, CommandLedger ledger, Duration wait) {
        this.client = Objects.requireNonNull(client, "client");
        this.executor = Objects.requireNonNull(executor, "executor");
        this.ledger = Objects.requireNonNull(ledger, "ledger");
        this.wait = Objects.requireNonNull(wait, "wait");
    }

    /** One round: report waiting results, poll (holding up to {@code wait}), execute and report; returns how many ran. */
    public int pollOnce(Duration holdFor) throws FleetUnavailableException {
        reportWaiting();
        List<KioskCommand> commands = client.poll(holdFor);
        for (KioskCommand command : commands) {
            CommandResult result = executor.execute(command);
            report(command.commandId(), result);
        }
        return commands.size();
    }

    private void reportWaiting() throws FleetUnavailableException {
        for (CommandLedger.Entry entry : ledger.unreported()) {
            report(entry.commandId(), entry.result());
        }
    }

    private void report(String commandId, CommandResult result) throws FleetUnavailableException {
        FleetClient.Answer answer = client.postResult(commandId, result);
        int status = answer.status();
        if (status == 200) {
            ledger.reported(commandId);
        } else if (status == 404 || (status >= 400 && status < 500 && status != 408 && status != 409
                && status != 429)) {
            // central will never take it (it forgot the command, or refuses this result): do not send it forever
            ledger.reported(commandId);
            LOG.warn("Central refused the result of command {} (HTTP {}): {}; not sent again", commandId, status,
                    answer.body().length() > 200 ? answer.body().substring(0, 200) : answer.body());
        } else {
            LOG.info("Result of command {} not taken yet (HTTP {}); sent again at the next poll", commandId, status);
        }
    }

    public synchronized void start() {
        if (thread != null) {
            throw new IllegalStateException("CommandPoller.start: already started");
        }
        running = true;
        thread = new Thread(this::run, "fleet-commands");
        thread.setDaemon(true);
        thread.start();
    }

    private void run() {
        long backoffMillis = 1000;
        while (running) {
            try {
                pollOnce(wait);
                backoffMillis = 1000;
            } catch (FleetUnavailableException e) {
                LOG.info("Command poll failed: {}; next try in {} ms", e.getMessage(), backoffMillis);
                sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 60_000);
            } catch (RuntimeException e) {
                LOG.error("Command poll round failed; next try in {} ms", backoffMillis, e);
                sleep(backoffMillis);
                backoffMillis = Math.min(backoffMillis * 2, 60_000);
            }
        }
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    /** Stops the loop (a held poll is cut when the client closes). */
    @Override
    public void close() {
        Thread t;
        synchronized (this) {
            running = false;
            t = thread;
        }
        if (t != null) {
            t.interrupt();
            try {
                t.join(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
