package org.budayang.kiosk.printing;

import java.util.List;
import org.budayang.driver.printer.PrintJob;
import org.budayang.driver.printer.ReceiptPrinter;

/** Hands the scripted receipt printer to ViewModel unit tests in other packages (never to integration tests). */
public final class TestPrinters {
    private TestPrinters() {
    }

    public static Scripted scripted() {
        return new Scripted(new ScriptedReceiptPrinter());
    }

    /** A scripted printer and what it printed. */
    public static final class Scripted {
        private final ScriptedReceiptPrinter printer;

        private Scripted(ScriptedReceiptPrinter printer) {
            this.printer = printer;
        }

        public ReceiptPrinter device() {
            return printer;
        }

        /** The next job fails with PAPER_OUT; the one after prints. */
        public void paperOutOnNextJob() {
            printer.next = ScriptedReceiptPrinter.Next.PAPER_OUT;
        }

        /** The next job throws a RuntimeException (a driver bug); the one after prints. */
        public void throwOnNextJob() {
            printer.next = ScriptedReceiptPrinter.Next.DRIVER_BUG;
        }

        public List<String> printedJobIds() {
            return List.copyOf(printer.printedJobIds);
        }

        public int attempts(String jobId) {
            return printer.job(jobId).map(PrintJob::attempts).orElse(0);
        }
    }
}
