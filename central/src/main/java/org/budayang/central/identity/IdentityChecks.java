package org.budayang.central.identity;

import java.util.Optional;

/**
 * Lets other features (e.g. 养老待遇资格认证 in the social security connector) rely on a face check
 * the kiosk made earlier in the same session: they pass the verification id, and accept it only when
 * it matched, is about the same person and is recent.
 */
public interface IdentityChecks {
    Optional<FaceCheck> faceCheck(String verificationId);
}
