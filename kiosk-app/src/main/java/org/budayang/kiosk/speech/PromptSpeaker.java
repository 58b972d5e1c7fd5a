package org.budayang.kiosk.speech;

/**
 * Reads a step's prompt aloud in 长者模式 (offline text-to-speech). {@link #say} interrupts what is being said;
 * nothing is said while muted. Never blocks the caller and never throws: a speaker that cannot speak logs it once
 * and stays quiet.
 */
public interface PromptSpeaker {
    void say(String sentence);

    void stop();

    void setMuted(boolean muted);

    boolean muted();

    /** A speaker for kiosks without speech (and for screens where nothing is read). */
    static PromptSpeaker silent() {
        return new PromptSpeaker() {
            private volatile boolean muted;

            @Override
            public void say(String sentence) {
                // no voice on this kiosk
            }

            @Override
            public void stop() {
                // nothing is being said
            }

            @Override
            public void setMuted(boolean muted) {
                this.muted = muted;
            }

            @Override
            public boolean muted() {
                return muted;
            }
        };
    }
}
