package org.budayang.kiosk.ui.common;

import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.Material;
import org.budayang.api.catalog.MaterialForm;
import org.budayang.api.catalog.ServiceHours;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.kiosk.availability.ItemAvailability;
import org.budayang.kiosk.availability.Reason;
import org.budayang.kiosk.availability.Unavailability;

/** Turns catalogue values and availability into the words a citizen reads (from the bundle). */
public final class CatalogTexts {
    private static final DateTimeFormatter HH_MM = DateTimeFormatter.ofPattern("HH:mm");

    private final Messages messages;

    public CatalogTexts(Messages messages) {
        this.messages = Objects.requireNonNull(messages, "messages");
    }

    public Messages messages() {
        return messages;
    }

    public String department(Department d) {
        return messages.get("department." + d.name());
    }

    public String device(DeviceRole role) {
        return messages.get("device." + role.name());
    }

    public String hours(ServiceHours h) {
        return h.allDay() ? messages.get("hours.all_day")
                : messages.get("hours.daily", HH_MM.format(h.opens()), HH_MM.format(h.closes()));
    }

    /** A time limit in working days; 0 is 即办. */
    public String timeLimit(int workingDays) {
        return workingDays == 0 ? messages.get("guide.time_limit.immediate")
                : messages.get("guide.time_limit.days", workingDays);
    }

    public String visits(int visits) {
        return visits == 0 ? messages.get("guide.visits.zero") : messages.get("guide.visits.count", visits);
    }

    /** A material's first line: name, form, copies, and whether it is optional or may follow later. */
    public String material(Material m) {
        List<String> parts = new ArrayList<>();
        parts.add(messages.get("material.form." + m.form().name()));
        if (m.form() != MaterialForm.ELECTRONIC) {
            parts.add(messages.get("guide.material.copies", m.copies()));
        }
        if (!m.required()) {
            parts.add(messages.get("guide.material.optional"));
        }
        if (m.deferrable()) {
            parts.add(messages.get("guide.material.deferrable"));
        }
        return messages.get("guide.material.line", m.name(),
                String.join(messages.get("guide.material.separator"), parts));
    }

    /** Why an item cannot be done here, in one line. */
    public String reason(ServiceItem item, Unavailability u) {
        Reason r = u.reason();
        return switch (r) {
            case CENTRAL_UNREACHABLE -> messages.get(r.bundleKey());
            case DEVICE_MISSING -> messages.get(u.problem().bundleKey(), device(u.device()));
            case OUTSIDE_SERVICE_HOURS -> messages.get(r.bundleKey(), hours(item.serviceHours()));
        };
    }

    /** "暂不可办：…" with every reason, or "可以在本机办理". */
    public String status(ServiceItem item, ItemAvailability a) {
        if (a.available()) {
            return messages.get("item.available");
        }
        return messages.get("availability.unavailable", a.reasons().stream().map(u -> reason(item, u))
                .collect(Collectors.joining(messages.get("availability.reason.separator"))));
    }

    /** The three checks of the availability panel: devices, central, service hours. */
    public List<AvailabilityLine> availabilityLines(ServiceItem item, ItemAvailability a) {
        List<AvailabilityLine> lines = new ArrayList<>();
        String sep = messages.get("availability.list_separator");
        List<Unavailability> missing = a.reasons().stream().filter(u -> u.reason() == Reason.DEVICE_MISSING)
                .toList();
        if (item.devices().isEmpty()) {
            lines.add(new AvailabilityLine(true, messages.get("availability.device.none")));
        } else if (missing.isEmpty()) {
            // a reader standing by (its way does not work now, another does) is not claimed to be ready
            lines.add(new AvailabilityLine(true, messages.get("availability.device.ok",
                    item.devices().stream().filter(role -> !a.standingBy().contains(role)).sorted()
                            .map(this::device).collect(Collectors.joining(sep)))));
        } else {
            lines.add(new AvailabilityLine(false, missing.stream()
                    .map(u -> messages.get(u.problem().bundleKey(), device(u.device())))
                    .collect(Collectors.joining(messages.get("availability.reason.separator")))));
        }
        boolean centralDown = a.reasons().stream().anyMatch(u -> u.reason() == Reason.CENTRAL_UNREACHABLE);
        if (!item.needsCentral()) {
            lines.add(new AvailabilityLine(true, messages.get("availability.central.not_needed")));
        } else {
            lines.add(new AvailabilityLine(!centralDown,
                    messages.get(centralDown ? "availability.central.missing" : "availability.central.ok")));
        }
        boolean closed = a.reasons().stream().anyMatch(u -> u.reason() == Reason.OUTSIDE_SERVICE_HOURS);
        lines.add(new AvailabilityLine(!closed, messages.get(closed ? "availability.hours.missing"
                : "availability.hours.ok", hours(item.serviceHours()))));
        return lines;
    }
}
