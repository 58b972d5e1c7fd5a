package org.budayang.kiosk.service;

import java.time.Duration;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import org.budayang.kiosk.journal.JournalStep;
import org.budayang.kiosk.journal.JournalTx;
import org.budayang.kiosk.printing.PrintFailure;
import org.budayang.kiosk.printing.PrintResult;
import org.budayang.kiosk.printing.PrintService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs one journalled PRINT step: intend (with the plan as payload) → prepare (certificate issued at central with
 * the plan's own key, PDF fetched; or the receipt built) → the printer through {@link PrintService} with the plan's
 * job id → done with the {@link ServiceDesk.Printed}, or failed with the printer's code.
 */
final class DeskPrinting {
    static final String STEP = "PRINT";
    private static final Logger log = LoggerFactory.getLogger(DeskPrinting.class);
    private static final Map<PrintFailure, String> CITIZEN = Map.of(
            PrintFailure.PAPER_OUT, "打印纸用完了，本次没有打印成功。请联系工作人员加纸后重新打印。",
            PrintFailure.COVER_OPEN, "打印机盖板未关好，本次没有打印成功。请联系工作人员。",
            PrintFailure.OFFLINE, "打印机暂时无法连接，本次没有打印成功。",
            PrintFailure.TIMED_OUT, "打印超时，本次可能没有打印成功。请查看出纸口后再决定是否重新打印。",
            PrintFailure.CANCELLED, "打印已取消。",
            PrintFailure.JAM, "打印机卡纸，本次没有打印成功。请联系工作人员。",
            PrintFailure.NOT_READY, "打印机暂不可用，本次没有打印成功。",
            PrintFailure.OTHER, "打印机出现故障，本次没有打印成功。请联系工作人员。");

    private final PrintPlans plans;
    private final PrintService printer;
    private final Duration printWait;
    private final CentralApi api;
    private final DeskEvents events;

    DeskPrinting(PrintPlans plans, PrintService printer, Duration printWait, CentralApi api, DeskEvents events) {
        this.plans = Objects.requireNonNull(plans, "plans");
        this.printer = Objects.requireNonNull(printer, "printer");
        this.printWait = Objects.requireNonNull(printWait, "printWait");
        this.api = Objects.requireNonNull(api, "api");
        this.events = Objects.requireNonNull(events, "events");
    }

    PrintPlans plans() {
        return plans;
    }

    /** Journals and prints {@code plan} in {@code tx}; a failure settles the step FAILED and is thrown. */
    ServiceDesk.Printed print(JournalTx tx, PrintPlan plan, Consumer<String> progress) throws ServiceFailure {
        JournalStep step = tx.intend(STEP, api.write(plan));
        events.at(tx.id(), STEP, DeskEvents.Point.INTENDED);
        try {
            PrintPlans.Prepared prepared = plans.prepare(plan, progress);
            PrintResult result = printAndWait(prepared);
            if (!result.printed()) {
                PrintFailure why = PrintFailure.of(result.failureCode());
                throw new ServiceFailure("PRINTER_" + why.name(), "print job " + plan.jobId() + " of transaction "
                        + tx.id() + " not printed: " + result.failureCode() + " " + result.detail() + " after "
                        + result.attempts() + " attempt(s)", CITIZEN.get(why), why != PrintFailure.CANCELLED);
            }
            events.at(tx.id(), STEP, DeskEvents.Point.EFFECT_DONE);
            step.done(api.write(prepared.printed()));
            events.at(tx.id(), STEP, DeskEvents.Point.DONE);
            log.info("Transaction {} printed {} (job {})", tx.id(), plan.kind(), plan.jobId());
            return prepared.printed();
        } catch (ServiceFailure f) {
            step.failed(f.code() + (f.retryable() ? " (retryable)" : ""));
            throw f;
        } catch (RuntimeException e) {
            step.failed("PRINT_ERROR " + e.getClass().getSimpleName());
            throw e;
        }
    }

    private PrintResult printAndWait(PrintPlans.Prepared prepared) throws ServiceFailure {
        CompletableFuture<PrintResult> done = new CompletableFuture<>();
        printer.print(prepared.request(), done::complete);
        try {
            return done.get(printWait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (TimeoutException e) {
            return PrintResult.failed(prepared.request().jobId(), "TIMED_OUT", "no print result within " + printWait,
                    0);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return PrintResult.failed(prepared.request().jobId(), "CANCELLED", "interrupted while printing", 0);
        } catch (ExecutionException e) {
            return PrintResult.failed(prepared.request().jobId(), "OTHER", "print callback failed: " + e.getCause(),
                    0);
        }
    }
}
