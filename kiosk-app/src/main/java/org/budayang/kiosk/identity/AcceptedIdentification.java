package org.budayang.kiosk.identity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.budayang.api.catalog.Department;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.catalog.StepType;
import org.budayang.api.identity.CitizenIdentity.CertType;

/**
 * Which identifications an item accepts. The catalogue's {@link ServiceItem} has no field for it yet, so the
 * kiosk derives it from the department (the "department rule"):
 * <ul>
 *   <li>every item accepts the resident ID card ({@link CertType#IDCARD});</li>
 *   <li>社保 and 医保 items also accept the 社会保障卡 ({@link CertType#SSCARD}): the card is issued by 人社 and is
 *       the 医保 card too;</li>
 *   <li>医保 items also accept the 医保电子凭证 ({@link CertType#ECTOKEN}), which only the 医保 platform resolves.</li>
 * </ul>
 * When central publishes accepted identifications per item, this class is the one place to read them from.
 */
public final class AcceptedIdentification {
    private AcceptedIdentification() {
    }

    /** The identifications {@code item} accepts, by the department rule. */
    public static Set<CertType> of(ServiceItem item) {
        Objects.requireNonNull(item, "item");
        Set<CertType> accepted = EnumSet.of(CertType.IDCARD);
        Department department = item.department();
        if (department == Department.SOCIAL_SECURITY || department == Department.MEDICAL_INSURANCE) {
            accepted.add(CertType.SSCARD);
        }
        if (department == Department.MEDICAL_INSURANCE) {
            accepted.add(CertType.ECTOKEN);
        }
        return accepted;
    }

    /** Whether the item's flow starts with identification (has an IDENTIFY step). */
    public static boolean identifies(ServiceItem item) {
        return item.flow().stream().anyMatch(step -> step.type() == StepType.IDENTIFY);
    }

    /** Whether the item's flow compares a live face (has a FACE_CHECK step). */
    public static boolean checksFace(ServiceItem item) {
        return item.flow().stream().anyMatch(step -> step.type() == StepType.FACE_CHECK);
    }
}
