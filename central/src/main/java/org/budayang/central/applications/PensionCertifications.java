package org.budayang.central.applications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.budayang.api.identity.IdNumber;
import org.budayang.api.services.PensionCertification;
import org.budayang.api.services.PensionCertificationRequest;
import org.budayang.central.connectors.IdNumbers;
import org.budayang.central.connectors.SocialSecurityConnector;
import org.budayang.central.identity.FaceCheck;
import org.budayang.central.identity.IdentityChecks;
import org.budayang.central.web.ApiException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * 养老待遇资格认证: accepted only with a face check that exists, matched, is about the same ID number
 * and is at most {@link #MAX_AGE} old; the 社保 system records it and moves the next due date a year on.
 */
public final class PensionCertifications {
    private static final Logger LOG = LoggerFactory.getLogger(PensionCertifications.class);
    public static final Duration MAX_AGE = Duration.ofMinutes(10);

    private final IdentityChecks identity;
    private final SocialSecurityConnector socialSecurity;
    private final Clock clock;

    public PensionCertifications(IdentityChecks identity, SocialSecurityConnector socialSecurity, Clock clock) {
        this.identity = identity;
        this.socialSecurity = socialSecurity;
        this.clock = clock;
    }

    public PensionCertification certify(PensionCertificationRequest request) {
        String id = IdNumbers.require("idNumber", request.idNumber());
        String verification = request.faceVerificationId();
        FaceCheck check = identity.faceCheck(verification).orElseThrow(() -> new ApiException(404,
                "FACE_CHECK_NOT_FOUND", "faceVerificationId '" + shorten(verification) + "' names no face check; make"
                + " a face check with the identity service first and send its verificationId.",
                "未找到本次人脸核验记录，请重新进行人脸核验。"));
        if (!check.idNumber().equals(id)) {
            throw new ApiException(403, "FACE_CHECK_OTHER_PERSON", "face check " + shorten(verification) + " was made"
                    + " for another ID number than " + IdNumber.mask(id) + "; the pensioner must do the face check.",
                    "人脸核验的人员与认证人员不一致，请领取待遇人员本人进行人脸核验。");
        }
        if (!check.matched()) {
            throw new ApiException(422, "FACE_CHECK_NOT_MATCHED", "face check " + shorten(verification)
                    + " did not match (" + check.reason() + ", score " + check.score() + "); repeat the face check.",
                    "人脸核验未通过，请正对摄像头重新核验；多次未通过可呼叫工作人员协助。");
        }
        Instant now = clock.instant();
        Duration age = Duration.between(check.at(), now);
        if (age.compareTo(MAX_AGE) > 0 || age.isNegative()) {
            throw new ApiException(422, "FACE_CHECK_EXPIRED", "face check " + shorten(verification) + " was made "
                    + age.toSeconds() + " s ago; certifications accept face checks up to " + MAX_AGE.toMinutes()
                    + " minutes old. Repeat the face check.", "人脸核验已超时，请重新进行人脸核验。");
        }
        SocialSecurityConnector.Certification done = socialSecurity.certifyPension(id, verification, now);
        LOG.info("Pension certification {} recorded for {}; next due {}", done.certificationNo(), IdNumber.mask(id),
                done.nextDue());
        return new PensionCertification(done.certificationNo(), done.certifiedAt(), done.nextDue(),
                "养老保险待遇领取资格认证成功。下次认证请在" + done.nextDue().getYear() + "年" + done.nextDue().getMonthValue()
                        + "月" + done.nextDue().getDayOfMonth() + "日前完成。");
    }

    private static String shorten(String text) {
        return text.length() > 40 ? text.substring(0, 40) + "…" : text;
    }
}
