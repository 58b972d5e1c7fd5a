package org.budayang.kiosk.identity;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.identity.CitizenIdentity.CertType;

/**
 * A way a citizen can identify at the kiosk (issue #6, "In the kiosk"), with the devices it needs. The card ways
 * include the live face capture (刷脸) when the item's flow has a face check step; the camera is then needed too.
 */
public enum IdentificationWay {
    /** 身份证 (+ 刷脸): the resident ID card on the reader. */
    ID_CARD(CertType.IDCARD, DeviceRole.ID_CARD_READER, true),
    /** 社保卡 (+ 刷脸): the social security card in the PC/SC reader. */
    SOCIAL_CARD(CertType.SSCARD, DeviceRole.SOCIAL_CARD_READER, true),
    /** 医保电子凭证: the dynamic QR shown on the citizen's phone, scanned. No face capture: the platform vouches. */
    EC_TOKEN(CertType.ECTOKEN, DeviceRole.QR_SCANNER, false);

    private final CertType certType;
    private final DeviceRole device;
    private final boolean withFace;

    IdentificationWay(CertType certType, DeviceRole device, boolean withFace) {
        this.certType = certType;
        this.device = device;
        this.withFace = withFace;
    }

    public CertType certType() {
        return certType;
    }

    /** Whether the face is captured after the card when the item asks for a face check. */
    public boolean capturesFace() {
        return withFace;
    }

    /** The devices that must serve for this way to work, for an item with or without a face check. */
    public Set<DeviceRole> devices(boolean faceCheck) {
        Set<DeviceRole> needed = EnumSet.of(device);
        if (faceCheck && withFace) {
            needed.add(DeviceRole.CAMERA);
        }
        return needed;
    }

    /** The way that hands on {@code type}. */
    public static IdentificationWay of(CertType type) {
        Objects.requireNonNull(type, "type");
        for (IdentificationWay way : values()) {
            if (way.certType == type) {
                return way;
            }
        }
        throw new IllegalArgumentException("no identification way hands on " + type);
    }
}
