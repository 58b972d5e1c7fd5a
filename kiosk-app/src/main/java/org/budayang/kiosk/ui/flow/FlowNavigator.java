package org.budayang.kiosk.ui.flow;

/** What the shell does for the {@link FlowEngine}: the screens it shows. */
public interface FlowNavigator {
    /** Show the flow's screen (the current step). */
    void showFlow();

    /** Take the face again (after a mismatch, or to sign a letter by face). */
    void retakeFace();

    /** The citizen left the item: back to its guide. */
    void leftItem();

    /** This kiosk has no service desk wired (DESK_NOT_AVAILABLE): back to the guide with the honest notice. */
    void notAvailableHere();

    /** The service is over: back home, the citizen wiped. */
    void finished();
}
