package org.budayang.kiosk.ui.face;

/**
 * The face capture screen's states (STYLE.md 8).
 *
 * <pre>
 *   state          capture() allowed   what the screen shows
 *   IDLE           no                  nothing (not shown)
 *   PREVIEW        yes                 live preview, the advice large, 拍照, the attempt count
 *   CAPTURING      no                  正在拍照
 *   CAPTURED       no                  拍照完成 (the still is in the citizen's session, in memory only)
 *   HELP_OFFERED   no                  3 failed attempts: 呼叫帮办 instead of another try
 *   UNAVAILABLE    no                  the camera does not serve: 呼叫帮办
 * </pre>
 * start() leads IDLE to PREVIEW (or UNAVAILABLE); a failed attempt leads CAPTURING or PREVIEW back to PREVIEW, the
 * third to HELP_OFFERED; stop() and the wipe lead every state to IDLE.
 */
public enum FaceCaptureState {
    IDLE,
    PREVIEW,
    CAPTURING,
    CAPTURED,
    HELP_OFFERED,
    UNAVAILABLE;

    /** Whether a capture may start from here. */
    public boolean canCapture() {
        return this == PREVIEW;
    }
}
