package org.budayang.api.services;

/**
 * {@code POST /api/v1/pension-certifications}: 养老待遇资格认证 with a face check made earlier in the session.
 *
 * @param idNumber           the pensioner's ID number
 * @param faceVerificationId the verification id the identity service returned for the face check
 */
public record PensionCertificationRequest(String idNumber, String faceVerificationId) {
    public PensionCertificationRequest {
        idNumber = Require.text("PensionCertificationRequest.idNumber", idNumber);
        faceVerificationId = Require.text("PensionCertificationRequest.faceVerificationId", faceVerificationId);
    }

    @Override
    public String toString() {
        return "PensionCertificationRequest[" + org.budayang.api.identity.IdNumber.mask(idNumber) + "]";
    }
}
