package org.budayang.kiosk.ui.flow;

import org.budayang.api.identity.CitizenIdentity;
import org.budayang.api.identity.EcTokenResult;
import org.budayang.driver.sscard.SocialSecurityCard;
import org.budayang.kiosk.identity.CitizenSession;
import org.budayang.kiosk.service.ServiceDesk;
import org.budayang.kiosk.service.ServiceFailure;
import org.budayang.kiosk.service.ServiceTx;

/** The citizen of a flow from the identification session: the card's holder, or a 医保电子凭证 resolved by central. */
final class Citizens {
    private Citizens() {
    }

    /** Blocking for a 医保电子凭证 (central resolves the token): call off the FX thread. */
    static ServiceDesk.Citizen of(CitizenSession session, ServiceDesk desk) throws ServiceFailure {
        CitizenIdentity identity = session.identity();
        switch (identity.certType()) {
            case IDCARD -> {
                return new ServiceDesk.Citizen(identity, session.card().idNumber(), session.card().name());
            }
            case SSCARD -> {
                SocialSecurityCard card = session.socialCard().orElseThrow(() -> new IllegalStateException(
                        "Citizens.of: an SSCARD session without its card"));
                return new ServiceDesk.Citizen(identity, card.socialSecurityNumber(), card.name());
            }
            case ECTOKEN -> {
                EcTokenResult holder = desk.resolveEcToken(identity.certNo());
                return new ServiceDesk.Citizen(identity, holder.idNumber(), holder.name());
            }
            default -> throw new IllegalStateException("Citizens.of: unknown certType " + identity.certType());
        }
    }

    /** The holder's name for forms (from the transaction's citizen), or "". */
    static String name(CitizenSession session, ServiceTx tx) {
        return tx != null && tx.citizen() != null ? tx.citizen().name() : "";
    }

    /** The card's address (an ID card only), or "". */
    static String address(CitizenSession session) {
        if (session == null || session.state() != CitizenSession.State.ACTIVE
                || session.certType() != CitizenIdentity.CertType.IDCARD) {
            return "";
        }
        return session.card().address();
    }
}
