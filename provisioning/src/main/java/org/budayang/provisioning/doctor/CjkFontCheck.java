package org.budayang.provisioning.doctor;

import java.time.Duration;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.budayang.provisioning.Messages;
import org.budayang.provisioning.os.CommandException;
import org.budayang.provisioning.os.CommandResult;
import org.budayang.provisioning.os.CommandRunner;

/**
 * At least one font with Chinese glyphs, as fontconfig sees it ({@code fc-list :lang=zh family}); without
 * one every 汉字 on the kiosk is a box. A first run of fc-list may build the font cache, hence the long timeout.
 */
public final class CjkFontCheck implements Check {
    public static final String ID = "cjk-font";
    static final String FIX = "apt-get install fonts-wqy-microhei";
    static final String FIX_WITH_FONTCONFIG = "apt-get install fontconfig fonts-wqy-microhei";
    private static final List<String> ARGUMENTS = List.of(":lang=zh", "family");
    private static final Duration TIMEOUT = Duration.ofSeconds(60);
    private static final int FAMILIES_SHOWN = 3;

    private final CommandRunner runner;
    private final Messages messages;

    public CjkFontCheck(CommandRunner runner, Messages messages) {
        this.runner = Objects.requireNonNull(runner, "runner");
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public CheckResult run() {
        CommandResult result;
        try {
            result = runner.run("fc-list", ARGUMENTS, TIMEOUT);
        } catch (CommandException notRun) {
            if (notRun.kind() == CommandException.Kind.NOT_FOUND) {
                return CheckResult.fail(ID, messages.get("font.noFcList"), notRun.getMessage(), FIX_WITH_FONTCONFIG);
            }
            return CheckResult.fail(ID, messages.get("font.error"), notRun.getMessage(), null);
        }
        if (result.exitCode() != 0) {
            return CheckResult.fail(ID, messages.get("font.error"), result.commandLine() + " exited with "
                    + result.exitCode() + ": " + result.stderr().strip(), null);
        }
        Set<String> families = new LinkedHashSet<>();
        for (String line : result.stdoutLines()) {
            families.add(line.split(",", 2)[0].strip());
        }
        if (families.isEmpty()) {
            return CheckResult.fail(ID, messages.get("font.none"),
                    result.commandLine() + " listed no font with Chinese glyphs", FIX);
        }
        List<String> sample = families.stream().sorted().limit(FAMILIES_SHOWN).toList();
        return CheckResult.ok(ID, messages.get("font.ok", families.size()), result.commandLine() + " found "
                + families.size() + " families, e.g. " + String.join(", ", sample));
    }
}
