package org.budayang.driver.idcard;

import java.util.Optional;

/**
 * Decodes the card's photo from WLT (the format the SAM module delivers, 1024 bytes) into an image
 * (102×126 px, 24-bit; e.g. BMP or PNG bytes). WLT can be decoded only with the reader vendor's
 * licensed library, so this is pluggable and there is deliberately no default decoder: the flow
 * must work without a picture (the face check goes through the 公安 service with the ID number).
 */
@FunctionalInterface
public interface WltDecoder {

    /**
     * @param wlt the 1024 WLT bytes of {@link IdCard#photo()}
     * @return the decoded image bytes, or empty when this decoder cannot decode them
     */
    Optional<byte[]> decode(byte[] wlt);
}
