package org.budayang.central.fleet.commands;

import java.time.Instant;

/**
 * One line of a command's audit trail.
 *
 * @param commandId the command
 * @param kioskId   its kiosk
 * @param action    CREATED, DELIVERED, RESULT, RESULT_IGNORED, EXPIRED or ATTACHMENT_READ
 * @param actor     the ops user, the kiosk id, or {@code central} for expiry
 * @param at        when
 * @param detail    what (no personal data)
 */
public record CommandAudit(String commandId, String kioskId, String action, String actor, Instant at, String detail) {
}
