package org.budayang.central.identity;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Base64;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import org.budayang.central.web.ApiException;

/**
 * Turns the base64 image of a face check into pixels, refusing what is not a JPEG or PNG, too large
 * (bytes: 413 before decoding the base64; pixels: 400 from the image header, before any pixel is
 * decoded, so that a small file announcing a huge picture cannot exhaust memory) or undecodable.
 */
final class CaptureDecoder {
    private static final int MIN_WIDTH = 160;
    private static final int MIN_HEIGHT = 120;
    private static final String INVALID = "INVALID_IMAGE";

    static {
        ImageIO.setUseCache(false);
    }

    private final int maxBytes;
    private final long maxPixels;

    CaptureDecoder(int maxBytes, long maxPixels) {
        this.maxBytes = maxBytes;
        this.maxPixels = maxPixels;
    }

    BufferedImage decode(String base64) {
        if (base64.isBlank()) {
            throw new ApiException(400, INVALID, "The image is empty; send the capture as base64 of a JPEG or PNG.");
        }
        String text = base64.strip();
        long announced = (long) text.length() * 3 / 4;
        if (announced > maxBytes + 3L) {
            throw new ApiException(413, "IMAGE_TOO_LARGE", "The image is about " + announced + " bytes; at most "
                    + maxBytes + " bytes are accepted. Send a JPEG of the face (e.g. 640x480, quality 0.8).");
        }
        byte[] bytes;
        try {
            bytes = Base64.getMimeDecoder().decode(text);
        } catch (IllegalArgumentException e) {
            throw new ApiException(400, INVALID, "The image is not valid base64 (" + e.getMessage()
                    + "); send the file's bytes in standard base64.");
        }
        if (bytes.length > maxBytes) {
            throw new ApiException(413, "IMAGE_TOO_LARGE", "The image is " + bytes.length + " bytes; at most "
                    + maxBytes + " bytes are accepted.");
        }
        if (bytes.length == 0) {
            throw new ApiException(400, INVALID, "The image decodes to no bytes; send a JPEG or PNG.");
        }
        return read(bytes);
    }

    private BufferedImage read(byte[] bytes) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                throw notAnImage(bytes.length);
            }
            ImageReader reader = readers.next();
            try {
                String format = reader.getFormatName().toLowerCase(Locale.ROOT);
                if (!format.equals("jpeg") && !format.equals("png")) {
                    throw new ApiException(400, INVALID, "The image is a " + format + " file; send a JPEG or PNG.");
                }
                reader.setInput(in, true, true);
                int width = reader.getWidth(0);
                int height = reader.getHeight(0);
                if ((long) width * height > maxPixels) {
                    throw new ApiException(400, "IMAGE_DIMENSIONS", "The image is " + width + "x" + height
                            + " pixels; at most " + maxPixels + " pixels are decoded. Send the camera frame at "
                            + "640x480 up to 3840x2160.");
                }
                if (width < MIN_WIDTH || height < MIN_HEIGHT) {
                    throw new ApiException(400, "IMAGE_DIMENSIONS", "The image is " + width + "x" + height
                            + " pixels; at least " + MIN_WIDTH + "x" + MIN_HEIGHT + " are needed to find a face.");
                }
                BufferedImage image = reader.read(0);
                if (image == null) {
                    throw notAnImage(bytes.length);
                }
                return image;
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            if (e instanceof ApiException api) {
                throw api;
            }
            throw new ApiException(400, INVALID, "The image cannot be decoded as JPEG or PNG (" + e.getClass()
                    .getSimpleName() + "); send an unmodified camera frame.");
        }
    }

    private static ApiException notAnImage(int length) {
        return new ApiException(400, INVALID, "The " + length + " bytes sent are not a JPEG or PNG image.");
    }
}
