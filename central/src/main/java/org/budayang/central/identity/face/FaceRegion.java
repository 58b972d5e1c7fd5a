package org.budayang.central.identity.face;

/**
 * Where {@link FaceDetector} found the face, in pixels of the analysed frame: the skin region from
 * the top of the head down to the chin (the neck cut off), its widest extent, and its tilt.
 *
 * @param centreX       centre of the region, x
 * @param centreY       centre of the region, y
 * @param width         widest row of the region (cheeks and ears)
 * @param height        top of the head to the chin
 * @param anchorX       middle of the widest rows (ear to ear, about eye level), x
 * @param anchorY       middle of the widest rows, y
 * @param tilt          in-plane rotation in radians (positive = clockwise on screen), 0 when unsure
 * @param touchesBorder whether the skin region reaches the edge of the frame
 */
record FaceRegion(double centreX, double centreY, double width, double height, double anchorX,
                  double anchorY, double tilt, boolean touchesBorder) {
}
