package org.budayang.kiosk.service;

import org.budayang.api.catalog.ServiceItem;

/**
 * One citizen's transaction on one item, from the item chosen to 好差评. {@link #serviceNumber()} is what the
 * evaluation and the receipts carry: the 办件编号 once central issued one, else the kiosk's transaction number.
 */
public interface ServiceTx {
    /** The journal's transaction id (8–64 of [A-Za-z0-9_-]). */
    String id();

    ServiceItem item();

    /** The citizen, or null for items without identification. */
    ServiceDesk.Citizen citizen();

    /** The 办件编号 after a submission, else this transaction's own number. */
    String serviceNumber();
}
