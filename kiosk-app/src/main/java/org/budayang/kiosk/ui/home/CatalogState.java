package org.budayang.kiosk.ui.home;

/** Whether the home screen has a catalogue to show. */
public enum CatalogState {
    /** The first load has not finished yet. */
    LOADING,
    /** A catalogue is there (from central or the cache). */
    READY,
    /** Neither central nor the cache gave a catalogue. */
    NONE
}
