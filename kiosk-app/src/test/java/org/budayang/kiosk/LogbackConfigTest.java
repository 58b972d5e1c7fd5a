package org.budayang.kiosk;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.LoggerContext;
import ch.qos.logback.classic.joran.JoranConfigurator;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.util.LogbackMDCAdapter;
import ch.qos.logback.core.rolling.RollingFileAppender;
import ch.qos.logback.core.rolling.SizeAndTimeBasedRollingPolicy;
import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The production logback.xml, loaded into a private logger context (the tests' own logging is untouched). */
class LogbackConfigTest {
    @TempDir
    Path dataDir;

    @Test
    void kioskLogsAtInfoToARollingFileUnderTheDataDirectory() throws Exception {
        URL xml = getClass().getClassLoader().getResource("logback.xml");
        assertNotNull(xml, "logback.xml is on the class path");
        LoggerContext context = new LoggerContext();
        context.setMDCAdapter(new LogbackMDCAdapter());
        context.putProperty("budayang.data.dir", dataDir.toString());
        JoranConfigurator configurator = new JoranConfigurator();
        configurator.setContext(context);
        configurator.doConfigure(xml);
        try {
            ch.qos.logback.classic.Logger root = context.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
            assertEquals(Level.INFO, root.getLevel());
            assertNotNull(root.getAppender("CONSOLE"));
            RollingFileAppender<ILoggingEvent> file = (RollingFileAppender<ILoggingEvent>) root.getAppender("FILE");
            Path log = dataDir.resolve("logs").resolve("kiosk.log");
            assertEquals(log.toString(), file.getFile());
            SizeAndTimeBasedRollingPolicy<?> policy = (SizeAndTimeBasedRollingPolicy<?>) file.getRollingPolicy();
            assertEquals(14, policy.getMaxHistory());
            assertEquals(dataDir.resolve("logs") + "/kiosk.%d{yyyy-MM-dd}.%i.log.gz", policy.getFileNamePattern());

            context.getLogger("org.budayang.kiosk.Probe").info("kiosk started at {}", "兰州");
            context.getLogger("org.budayang.kiosk.Probe").debug("not written at INFO");
            String written = Files.readString(log);
            assertTrue(written.contains("INFO  [main] org.budayang.kiosk.Probe - kiosk started at 兰州"), written);
            assertTrue(!written.contains("not written"), written);
        } finally {
            context.stop();
        }
    }

    @Test
    void sizeLimitsAreThoseOfTheBrief() throws IOException {
        String xml;
        try (var in = getClass().getClassLoader().getResourceAsStream("logback.xml")) {
            xml = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        }
        assertTrue(xml.contains("<maxFileSize>10MB</maxFileSize>"), xml);
        assertTrue(xml.contains("<totalSizeCap>200MB</totalSizeCap>"), xml);
        assertTrue(xml.contains("${budayang.data.dir:-${user.home}/.budayang/kiosk}/logs"), xml);
    }
}
