package org.budayang.central.connectors.sandbox;

import java.util.Objects;
import org.budayang.api.catalog.Department;
import org.budayang.api.services.DepartmentAvailability;
import org.budayang.central.connectors.DepartmentErrors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The switch in front of one sandbox department system: every call passes {@link #enter(String)},
 * which delays it (SLOW), refuses it (UNAVAILABLE) or fails a fixed share of calls (FAILING, evenly
 * spread and reproducible: with rate r, call n fails when floor(n·r) grows). Thread-safe.
 */
public final class DepartmentGate {
    private static final Logger LOG = LoggerFactory.getLogger(DepartmentGate.class);

    private final Department department;
    private SandboxBehaviour behaviour;
    private long calls;

    public DepartmentGate(Department department, SandboxBehaviour initial) {
        this.department = Objects.requireNonNull(department, "department");
        this.behaviour = Objects.requireNonNull(initial, "initial behaviour");
    }

    public Department department() {
        return department;
    }

    public synchronized SandboxBehaviour behaviour() {
        return behaviour;
    }

    /** Switches the behaviour; the failure count starts again. */
    public synchronized void set(SandboxBehaviour next) {
        Objects.requireNonNull(next, "behaviour");
        LOG.info("Sandbox {} switched from {} to {}", department, behaviour, next);
        behaviour = next;
        calls = 0;
    }

    /** Passes a call through the switch, or throws the department's 503/502 ApiException. */
    public void enter(String operation) {
        SandboxBehaviour current;
        boolean fail = false;
        synchronized (this) {
            current = behaviour;
            if (current.mode() == SandboxMode.FAILING) {
                calls++;
                fail = Math.floor(calls * current.failureRate()) > Math.floor((calls - 1) * current.failureRate());
            }
        }
        switch (current.mode()) {
            case NORMAL -> { }
            case SLOW -> sleep(current.delayMillis());
            case UNAVAILABLE -> throw DepartmentErrors.unavailable(department, operation);
            case FAILING -> {
                if (fail) {
                    throw DepartmentErrors.failed(department, operation);
                }
            }
        }
    }

    public DepartmentAvailability availability() {
        SandboxBehaviour current = behaviour();
        String name = department.shortName();
        return switch (current.mode()) {
            case NORMAL -> new DepartmentAvailability(department, name, DepartmentAvailability.State.AVAILABLE, "");
            case SLOW -> new DepartmentAvailability(department, name, DepartmentAvailability.State.SLOW,
                    name + "业务系统响应较慢，办理需要多等一会儿，请耐心等待。");
            case FAILING -> new DepartmentAvailability(department, name, DepartmentAvailability.State.SLOW,
                    name + "业务系统繁忙，部分业务可能办理不成功，如未成功请稍后重试。");
            case UNAVAILABLE -> new DepartmentAvailability(department, name, DepartmentAvailability.State.UNAVAILABLE,
                    name + "业务系统暂时无法访问，相关事项暂不可办。请稍后再试，或到政务服务中心" + name + "窗口办理。");
        };
    }

    private void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw DepartmentErrors.unavailable(department, "a call interrupted while the sandbox was slow");
        }
    }
}
