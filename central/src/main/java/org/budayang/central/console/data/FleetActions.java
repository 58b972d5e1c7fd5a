package org.budayang.central.console.data;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import org.budayang.api.fleet.CommandRequest;
import org.budayang.central.fleet.alerts.Alert;
import org.budayang.central.fleet.alerts.AlertNotFoundException;
import org.budayang.central.fleet.alerts.AlertRefusedException;
import org.budayang.central.fleet.alerts.AlertRule;
import org.budayang.central.fleet.enrol.Enrolment;
import org.budayang.central.fleet.enrol.SiteDetails;
import org.budayang.central.flows.StoredEvaluation;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** {@link ConsoleActions} through the owning features' services ({@link ConsoleBackends}); no table written here. */
public final class FleetActions implements ConsoleActions {
    private static final Logger LOG = LoggerFactory.getLogger(FleetActions.class);

    private final ConsoleBackends backends;
    private final Clock clock;

    public FleetActions(ConsoleBackends backends, Clock clock) {
        this.backends = Objects.requireNonNull(backends, "backends");
        this.clock = Objects.requireNonNull(clock, "clock");
    }

    @Override
    public boolean acknowledgeAlert(String alertId, String username) {
        long id = alertId(alertId);
        if (id < 0) {
            return false;
        }
        try {
            backends.alertEngine().acknowledge(id, username);
            return true;
        } catch (AlertNotFoundException | AlertRefusedException e) {
            LOG.info("Console: {} could not acknowledge alert {}: {}", username, id, e.getMessage());
            return false;
        }
    }

    @Override
    public boolean resolveAlert(String alertId, String username) {
        long id = alertId(alertId);
        if (id < 0) {
            return false;
        }
        try {
            backends.alertEngine().resolve(id, username, "resolved by " + username + " in the ops console");
            return true;
        } catch (AlertNotFoundException | AlertRefusedException e) {
            LOG.info("Console: {} could not resolve alert {}: {}", username, id, e.getMessage());
            return false;
        }
    }

    @Override
    public boolean closeHelpRequest(String helpId, String username) {
        return backends.help().close(helpId);
    }

    @Override
    public boolean recordCallBack(String evaluationId, String username) {
        StoredEvaluation evaluation = backends.evaluations().find(evaluationId).orElse(null);
        if (evaluation == null || evaluation.followUp() == null) {
            return false;
        }
        try {
            backends.evaluations().recordCallBack(evaluationId, clock.instant());
        } catch (IllegalStateException e) {
            LOG.info("Console: {} could not record the call back of evaluation {}: {}", username, evaluationId,
                    e.getMessage());
            return false;
        }
        for (Alert alert : backends.alerts().unresolved(evaluation.kioskId())) {
            if (alert.rule() == AlertRule.BAD_EVALUATION && alert.subject().equals(evaluationId)) {
                try {
                    backends.alertEngine().resolve(alert.id(), username, "差评 called back, recorded by " + username
                            + " in the ops console");
                } catch (AlertRefusedException raced) {
                    LOG.debug("Alert {} was resolved meanwhile: {}", alert.id(), raced.getMessage());
                }
            }
        }
        return true;
    }

    @Override
    public Optional<String> sendCommand(String kioskId, CommandRequest request, String username) {
        if (!backends.knownKiosk().test(kioskId)) {
            return Optional.empty();
        }
        String id = "cmd-" + UUID.randomUUID();
        backends.commands().create(id, kioskId, request, username, clock.instant());
        LOG.info("Command {} {} for kiosk {} created by {} in the ops console", id, request.type(), kioskId, username);
        return Optional.of(id);
    }

    @Override
    public boolean revokeKiosk(String kioskId, String username) {
        try {
            backends.enrolment().revoke(kioskId);
        } catch (ApiException e) {
            LOG.info("Console: {} could not revoke kiosk {}: {}", username, kioskId, e.getMessage());
            return false;
        }
        LOG.info("Kiosk {} revoked by {} in the ops console", kioskId, username);
        return true;
    }

    @Override
    public Enrolment.IssuedCode createEnrolmentCode(SiteDetails site, String username) {
        Enrolment.IssuedCode issued = backends.enrolment().createCode(site, null);
        LOG.info("Enrolment code …{} created by {} in the ops console", issued.code().hint(), username);
        return issued;
    }

    /** The alert id of a path segment; -1 when it is no alert id (fleet-ops' ids are positive numbers). */
    private static long alertId(String text) {
        try {
            long id = Long.parseLong(text);
            return id > 0 ? id : -1;
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
