package org.budayang.api.identity;

/**
 * A live face capture to compare with the registered photo of the person (人证比对). Central decodes
 * and checks the image (format, size, dimensions) and the ID number; {@link #toString()} masks the
 * number and never shows the image.
 *
 * @param idNumber the person's 18-character ID number, as read from their card
 * @param image    the capture as base64 (standard alphabet) of a JPEG or PNG file
 */
public record FaceCheckRequest(String idNumber, String image) {
    public FaceCheckRequest {
        if (idNumber == null) {
            throw new IllegalArgumentException("FaceCheckRequest.idNumber is required");
        }
        if (image == null) {
            throw new IllegalArgumentException("FaceCheckRequest.image is required (base64 of a JPEG or PNG)");
        }
    }

    @Override
    public String toString() {
        return "FaceCheckRequest[" + IdNumber.mask(idNumber) + ", image of " + image.length() + " base64 chars]";
    }
}
