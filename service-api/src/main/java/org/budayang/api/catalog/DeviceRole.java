package org.budayang.api.catalog;

/**
 * A device role an item may need at the kiosk. The configuration key is the name used in the
 * kiosk's device configuration (DESIGN.md, Devices).
 */
public enum DeviceRole {
    ID_CARD_READER("idCardReader"),
    SOCIAL_CARD_READER("socialCardReader"),
    RECEIPT_PRINTER("receiptPrinter"),
    DOCUMENT_PRINTER("documentPrinter"),
    CASH_ACCEPTOR("cashAcceptor"),
    CAMERA("camera"),
    QR_SCANNER("qrScanner");

    private final String configKey;

    DeviceRole(String configKey) {
        this.configKey = configKey;
    }

    public String configKey() {
        return configKey;
    }
}
