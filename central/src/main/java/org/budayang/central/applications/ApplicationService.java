package org.budayang.central.applications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.Material;
import org.budayang.api.catalog.MaterialForm;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.IdNumber;
import org.budayang.api.services.ApplicationOutcome;
import org.budayang.api.services.ApplicationReceipt;
import org.budayang.api.services.ApplicationRequest;
import org.budayang.api.services.ApplicationStatus;
import org.budayang.api.services.Requirement;
import org.budayang.api.services.SignedLetter;
import org.budayang.central.connectors.CatalogItems;
import org.budayang.central.connectors.Connectors;
import org.budayang.central.connectors.DepartmentErrors;
import org.budayang.central.connectors.IdNumbers;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives applications (办件): checks the applicant with the department, the form, materials and
 * letters all at once, and decides 受理 / 容缺受理 / 不予受理 with the 一次性告知 list. The status
 * moves on with the clock: 受理 → 办理中 after {@code processingAfter} → 办结 on or after the
 * promised date (and not before twice {@code processingAfter}); each move is stored.
 */
public final class ApplicationService {
    private static final Logger LOG = LoggerFactory.getLogger(ApplicationService.class);
    /** Working days the applicant has to bring deferred materials (容缺受理). */
    public static final int DEFERRED_WORKING_DAYS = 5;
    private static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");
    /** More materials than any item lists; a longer list is refused before anything else is checked. */
    static final int MAX_MATERIALS = 20;
    private static final int MAX_MATERIAL_NAME = 60;

    private final CatalogItems items;
    private final Connectors connectors;
    private final ItemRules rules;
    private final ApplicationRepository repository;
    private final Clock clock;
    private final Duration processingAfter;

    public ApplicationService(CatalogItems items, Connectors connectors, DataSource dataSource, Clock clock,
                              Duration processingAfter) {
        if (processingAfter.isNegative() || processingAfter.isZero()) {
            throw new IllegalArgumentException("applications.processingAfter " + processingAfter + " must be positive");
        }
        this.items = items;
        this.connectors = connectors;
        this.rules = new ItemRules(connectors);
        this.repository = new ApplicationRepository(dataSource);
        this.clock = clock;
        this.processingAfter = processingAfter;
    }

    public ApplicationReceipt submit(ApplicationRequest request) {
        ServiceItem item = items.require(request.itemCode());
        if (!ItemRules.ITEMS.contains(item.basicCode())) {
            throw DepartmentErrors.itemNotHandled(item.implementationCode(), item.name(), "POST /api/v1/applications",
                    "items that take applications have basic codes " + new java.util.TreeSet<>(ItemRules.ITEMS)
                            + "; queries go to POST /api/v1/queries.");
        }
        String id = IdNumbers.require("applicantIdNumber", request.applicantIdNumber());
        checkForm(item, request.form());
        List<String> provided = materialsOf(request.materialsProvided());
        request = new ApplicationRequest(request.itemCode(), request.applicantIdNumber(), request.applicantName(),
                request.form(), provided, request.commitment(), request.deferral());
        Instant now = clock.instant();
        LocalDate today = LocalDate.ofInstant(now, ZONE);
        checkApplicant(item.department(), id, request.applicantName());
        checkLetter("commitment", request.commitment(), now);
        checkLetter("deferral", request.deferral(), now);
        Checklist list = new Checklist();
        materials(item, request, list);
        rules.check(item, request, id, today, list);
        if (list.commitmentRequired() && request.commitment() == null) {
            list.commitmentMissing(item.basicCode().equals("GG00042001") ? "个人承诺书" : "告知承诺书");
        }
        List<Requirement> blocking = list.blocking();
        List<Requirement> deferrable = list.deferrable();
        ApplicationOutcome outcome;
        List<Requirement> missing = new ArrayList<>();
        if (!blocking.isEmpty() || (!deferrable.isEmpty() && request.deferral() == null)) {
            outcome = ApplicationOutcome.NOT_ACCEPTED;
            missing.addAll(blocking);
            missing.addAll(deferrable);
            if (!deferrable.isEmpty() && request.deferral() == null) {
                missing.add(new Requirement("DEFERRAL_LETTER", "容缺受理承诺书",
                        "缺少的材料可容缺：签署容缺受理承诺书后即可受理，材料在" + DEFERRED_WORKING_DAYS + "个工作日内补交。"));
            }
        } else if (!deferrable.isEmpty()) {
            outcome = ApplicationOutcome.ACCEPTED_WITH_DEFERRED;
            missing.addAll(deferrable);
        } else {
            outcome = ApplicationOutcome.ACCEPTED;
        }
        boolean accepted = outcome != ApplicationOutcome.NOT_ACCEPTED;
        List<StoredApplication.Letter> letters = new ArrayList<>();
        if (request.commitment() != null) {
            letters.add(new StoredApplication.Letter("COMMITMENT", request.commitment().version(),
                    request.commitment().signedAt()));
        }
        if (request.deferral() != null && outcome == ApplicationOutcome.ACCEPTED_WITH_DEFERRED) {
            letters.add(new StoredApplication.Letter("DEFERRAL", request.deferral().version(),
                    request.deferral().signedAt()));
        }
        StoredApplication application = new StoredApplication(repository.nextNumber(item.regionCode(), today),
                item.implementationCode(), item.name(), item.department(), item.agency(), id,
                request.applicantName(), request.form(), request.materialsProvided(), missing, outcome,
                accepted ? ApplicationStatus.RECEIVED : ApplicationStatus.NOT_ACCEPTED, now, now,
                accepted ? WorkingDays.add(today, item.guide().timeLimits().promisedWorkingDays()) : null,
                outcome == ApplicationOutcome.ACCEPTED_WITH_DEFERRED
                        ? WorkingDays.add(today, DEFERRED_WORKING_DAYS) : null, letters);
        repository.insert(application);
        LOG.info("Application {} for item {} by {}: {}", application.number(), item.implementationCode(),
                IdNumber.mask(id), outcome);
        return receipt(application);
    }

    /** The application's current status, moved on with the clock and stored; 404 when unknown. */
    public ApplicationReceipt status(String number) {
        return receipt(current(number).orElseThrow(() -> notFound(number)));
    }

    /** The stored application with its status brought up to date, if it exists. */
    Optional<StoredApplication> current(String number) {
        if (number == null || !number.matches("\\d{20}")) {
            throw new ApiException(400, "INVALID_APPLICATION_NUMBER", "application number '" + shorten(number)
                    + "' is not 20 digits (6-digit region + yyyyMMdd + 6-digit sequence)",
                    "办件编号应为20位数字，请核对受理凭证上的编号。");
        }
        Optional<StoredApplication> found = repository.find(number);
        if (found.isEmpty()) {
            return found;
        }
        StoredApplication a = found.get();
        Instant now = clock.instant();
        if (a.status() == ApplicationStatus.RECEIVED && !now.isBefore(a.submittedAt().plus(processingAfter))) {
            Instant at = a.submittedAt().plus(processingAfter);
            repository.updateStatus(a.number(), ApplicationStatus.RECEIVED, ApplicationStatus.PROCESSING, at);
            a = a.withStatus(ApplicationStatus.PROCESSING, at);
        }
        if (a.status() == ApplicationStatus.PROCESSING) {
            Instant promised = a.promisedOn().atStartOfDay(ZONE).toInstant();
            Instant earliest = a.submittedAt().plus(processingAfter.multipliedBy(2));
            Instant at = promised.isAfter(earliest) ? promised : earliest;
            if (!now.isBefore(at)) {
                repository.updateStatus(a.number(), ApplicationStatus.PROCESSING, ApplicationStatus.COMPLETED, at);
                a = a.withStatus(ApplicationStatus.COMPLETED, at);
            }
        }
        return Optional.of(a);
    }

    /** The status history, oldest first. */
    public List<java.util.Map.Entry<ApplicationStatus, Instant>> history(String number) {
        current(number).orElseThrow(() -> notFound(number));
        return repository.history(number);
    }

    /** Refuses form keys the item does not have and values longer than the field's maximum. */
    private static void checkForm(ServiceItem item, java.util.Map<String, String> form) {
        java.util.Map<String, Integer> fields = ItemRules.FORM_FIELDS.get(item.basicCode());
        for (java.util.Map.Entry<String, String> e : form.entrySet()) {
            Integer max = fields.get(e.getKey());
            if (max == null) {
                throw new ApiException(400, "INVALID_FIELD", "ApplicationRequest.form has the key '" + shorten(e.getKey())
                        + "', which item " + item.implementationCode() + " does not have; its form keys are "
                        + new java.util.TreeSet<>(fields.keySet()) + ".", "提交的表单与该事项不符，请返回重新办理。");
            }
            if (e.getValue() != null && e.getValue().length() > max) {
                throw new ApiException(400, "INVALID_FIELD", "ApplicationRequest.form." + e.getKey() + " is "
                        + e.getValue().length() + " characters long; at most " + max + " are accepted.",
                        "填写的内容过长，请核对后重试。");
            }
        }
    }

    /** The materials named, each once, in the order given; refuses too many or overlong names. */
    private static List<String> materialsOf(List<String> named) {
        if (named.size() > MAX_MATERIALS) {
            throw new ApiException(400, "INVALID_FIELD", "ApplicationRequest.materialsProvided has " + named.size()
                    + " entries; at most " + MAX_MATERIALS + " are accepted (name each material once).",
                    "提交的材料有误，请返回重新办理。");
        }
        for (String name : named) {
            if (name == null || name.length() > MAX_MATERIAL_NAME) {
                throw new ApiException(400, "INVALID_FIELD", "ApplicationRequest.materialsProvided has an entry that is "
                        + (name == null ? "null" : name.length() + " characters long") + "; each entry is a catalogue "
                        + "material name of at most " + MAX_MATERIAL_NAME + " characters.", "提交的材料有误，请返回重新办理。");
            }
        }
        return List.copyOf(new java.util.LinkedHashSet<>(named));
    }

    private void materials(ServiceItem item, ApplicationRequest request, Checklist list) {
        List<String> known = item.guide().materials().stream().map(Material::name).toList();
        for (String provided : request.materialsProvided()) {
            if (!known.contains(provided)) {
                throw new ApiException(400, "UNKNOWN_MATERIAL", "materialsProvided names '" + shorten(provided)
                        + "', which item " + item.implementationCode() + " does not list; its materials are " + known,
                        "提交的材料与该事项不符，请返回重新办理。");
            }
        }
        for (Material m : item.guide().materials()) {
            boolean electronic = m.form() == MaterialForm.ELECTRONIC;
            if (!m.required() || (electronic && (m.name().endsWith("承诺书") || m.name().endsWith("申请表")))) {
                continue; // letters are checked as letters, forms as fields, optional materials by the item's rules
            }
            if (!request.materialsProvided().contains(m.name())) {
                list.material(m.name(), "请提供" + m.name() + (m.note().isEmpty() ? "。" : "（" + m.note() + "）。"),
                        m.deferrable());
            }
        }
    }

    private void checkApplicant(Department department, String id, String name) {
        String registered = switch (department) {
            case MEDICAL_INSURANCE -> connectors.medicalInsurance().enrolment(id).name();
            default -> connectors.publicSecurity().find(id).orElseThrow(() -> DepartmentErrors.citizenNotFound(
                    Department.PUBLIC_SECURITY, id, "household registration (户籍)")).name();
        };
        if (!registered.equals(name.strip())) {
            throw new ApiException(400, "APPLICANT_MISMATCH", "applicantName does not match the name the " + department
                    + " system holds for ID number " + IdNumber.mask(id) + "; send the name as read from the ID card.",
                    "姓名与身份证号码不一致，请重新刷身份证。");
        }
    }

    private static void checkLetter(String field, SignedLetter letter, Instant now) {
        if (letter == null) {
            return;
        }
        if (letter.signedAt().isAfter(now.plusSeconds(120)) || letter.signedAt().isBefore(now.minus(Duration.ofDays(1)))) {
            throw new ApiException(400, "INVALID_LETTER", field + ".signedAt " + letter.signedAt() + " is not within the "
                    + "last 24 hours (now " + now + "); the applicant signs the letter in the same session.",
                    "承诺书签署时间无效，请重新签署。");
        }
    }

    private ApplicationReceipt receipt(StoredApplication a) {
        return new ApplicationReceipt(a.number(), a.itemCode(), a.itemName(), a.outcome(), a.status(),
                a.status().chinese(), a.submittedAt(), a.promisedOn(), a.missing(), a.deferredDeadline());
    }

    private static ApiException notFound(String number) {
        return new ApiException(404, "APPLICATION_NOT_FOUND", "There is no application " + number + ". Use the "
                + "'number' of the POST /api/v1/applications answer or the 办件编号 printed on the 受理凭证: 20 digits,"
                + " 6-digit region code + yyyyMMdd of submission + 6-digit sequence (e.g. 62010220260302000001).",
                "没有查询到该办件，请核对受理凭证上的20位办件编号。");
    }

    private static String shorten(String text) {
        return text == null ? "null" : text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
