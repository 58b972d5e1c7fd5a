package org.budayang.driver.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.platform.engine.discovery.DiscoverySelectors.selectMethod;

import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.platform.engine.TestExecutionResult;
import org.junit.platform.engine.support.descriptor.MethodSource;
import org.junit.platform.launcher.Launcher;
import org.junit.platform.launcher.LauncherDiscoveryRequest;
import org.junit.platform.launcher.TestExecutionListener;
import org.junit.platform.launcher.TestIdentifier;
import org.junit.platform.launcher.core.LauncherDiscoveryRequestBuilder;
import org.junit.platform.launcher.core.LauncherFactory;

/** Proves the contract can fail: a driver that ignores its deadline fails the named deadline test. */
class ContractCanFailTest {

    @BeforeEach
    void needsSocat() {
        // The contract runs inside its own launcher, where a missing socat would show up as an aborted test.
        ExternalTool.require("socat", "socat", "the pty pairs that stand in for serial cables");
    }

    @Test
    void aDriverThatIgnoresItsDeadlineFailsTheDeadlineContract() {
        Map<String, TestExecutionResult> results = run(BrokenEchoDeviceContract.class,
                "silentDeviceTimesOutWithinTheDeadlineAndGoesOffline", "representativeOperationSucceedsWhenEnabled");

        TestExecutionResult deadline = results.get("silentDeviceTimesOutWithinTheDeadlineAndGoesOffline");
        assertEquals(TestExecutionResult.Status.FAILED, deadline.getStatus(), "the broken driver must fail: " + results);
        String message = deadline.getThrowable().orElseThrow().getMessage();
        assertTrue(message.contains("the operation on a silent device took") && message.contains("more than 1500 ms"),
                message);
        assertEquals(TestExecutionResult.Status.SUCCESSFUL,
                results.get("representativeOperationSucceedsWhenEnabled").getStatus(),
                "the broken driver still works when the device answers, so the failure is the deadline's");
    }

    @Test
    void theReferenceDriverPassesTheSameTestsWhenRunTheSameWay() {
        Map<String, TestExecutionResult> results = run(EchoDeviceContractTest.class,
                "silentDeviceTimesOutWithinTheDeadlineAndGoesOffline");
        assertEquals(TestExecutionResult.Status.SUCCESSFUL,
                results.get("silentDeviceTimesOutWithinTheDeadlineAndGoesOffline").getStatus(), results.toString());
    }

    private static Map<String, TestExecutionResult> run(Class<?> contract, String... methods) {
        LauncherDiscoveryRequestBuilder request = LauncherDiscoveryRequestBuilder.request();
        for (String method : methods) {
            request.selectors(selectMethod(contract, method));
        }
        LauncherDiscoveryRequest discovery = request.build();
        Map<String, TestExecutionResult> results = new HashMap<>();
        Launcher launcher = LauncherFactory.create();
        launcher.execute(discovery, new TestExecutionListener() {
            @Override
            public void executionFinished(TestIdentifier test, TestExecutionResult result) {
                test.getSource().filter(MethodSource.class::isInstance).map(MethodSource.class::cast)
                        .ifPresent(source -> results.put(source.getMethodName(), result));
            }
        });
        assertEquals(methods.length, results.size(), "every selected contract test ran: " + results.keySet());
        return results;
    }
}
