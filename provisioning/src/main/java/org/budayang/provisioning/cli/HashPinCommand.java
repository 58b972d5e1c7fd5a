package org.budayang.provisioning.cli;

import java.io.IOException;
import java.util.Arrays;
import java.util.concurrent.Callable;
import org.budayang.kiosk.core.security.PinHasher;
import org.budayang.provisioning.pin.InvalidPinException;
import org.budayang.provisioning.pin.PinPolicy;
import picocli.CommandLine.Command;

/**
 * {@code hash-pin}: reads a technician PIN, checks it against {@link PinPolicy} and prints its hash as the only line on
 * standard output, in the kiosk's own format (kiosk-core {@link PinHasher}, decision 0020).
 */
@Command(name = "hash-pin", description = "读取技术员 PIN 并输出其哈希 / read a technician PIN, print its hash")
final class HashPinCommand implements Callable<Integer> {
    private final CliContext context;

    HashPinCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        char[] pin = null;
        try {
            pin = context.pinSource().read();
            PinPolicy.validate(pin);
            context.out().println(PinHasher.hash(pin));
            return ExitCodes.OK;
        } catch (InvalidPinException refused) {
            context.err().println(context.messages().get("pin." + refused.problem().name(), refused.length()));
            return ExitCodes.FAILED;
        } catch (IOException unreadable) {
            context.err().println(context.messages().get("pin.readFailed", unreadable.getMessage()));
            return ExitCodes.FAILED;
        } finally {
            if (pin != null) {
                Arrays.fill(pin, '\0');
            }
        }
    }
}
