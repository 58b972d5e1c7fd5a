package org.budayang.kiosk.payment;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.budayang.driver.printer.Receipt;
import org.budayang.kiosk.printing.PrintRequest;
import org.budayang.kiosk.printing.PrintResult;
import org.budayang.kiosk.printing.PrintService;
import org.budayang.kiosk.service.ServiceFailure;

/**
 * Prints a payment's slip through the kiosk's print path ({@link PrintService}, receipt printer) and waits for the
 * result: call it off the FX thread. A failure is a {@link ServiceFailure} with the printer's code; the order's state
 * at central is not changed by it (the citizen can see it through the QR link).
 */
public final class PaymentPrinter {
    private static final Duration WAIT = PrintService.DEFAULT_RECEIPT_BUDGET.plusSeconds(5);
    private final PrintService printing;

    public PaymentPrinter(PrintService printing) {
        this.printing = Objects.requireNonNull(printing, "PaymentPrinter.printing is required");
    }

    /** Prints {@code receipt} as job {@code jobId}; {@code anotherWay} is what a phone can open instead. */
    public void print(String jobId, Receipt receipt, URI anotherWay) throws ServiceFailure {
        CompletableFuture<PrintResult> done = new CompletableFuture<>();
        printing.print(PrintRequest.receipt(jobId, receipt, anotherWay), done::complete);
        PrintResult result;
        try {
            result = done.get(WAIT.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ServiceFailure("INTERRUPTED", "printing " + jobId + " was interrupted", "打印被中断。", true, e);
        } catch (ExecutionException | TimeoutException e) {
            throw new ServiceFailure("PRINT_NO_RESULT", "printing " + jobId + " gave no result within " + WAIT,
                    "凭证打印失败，请呼叫帮办。", true, e);
        }
        if (!result.printed()) {
            throw new ServiceFailure("PRINT_" + result.failureCode(), "printing " + jobId + " failed: "
                    + result.detail(), "凭证打印失败，请扫描屏幕上的二维码查看，或呼叫帮办。", true);
        }
    }
}
