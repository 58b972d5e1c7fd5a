package org.budayang.api.payments;

/** How the citizen pays: notes into the kiosk's acceptor, or a QR code scanned with a phone. */
public enum PaymentMethod {
    /** 现金: banknotes through the kiosk's acceptor (the kiosk gives no change). */
    CASH,
    /** 扫码支付: the citizen scans the QR shown by the kiosk and pays on the phone. */
    QR
}
