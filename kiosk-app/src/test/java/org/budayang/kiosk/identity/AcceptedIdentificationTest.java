package org.budayang.kiosk.identity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.EnumSet;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.budayang.api.catalog.DeviceRole;
import org.budayang.api.catalog.ServiceItem;
import org.budayang.api.identity.CitizenIdentity.CertType;
import org.budayang.kiosk.catalog.TestCatalogs;
import org.junit.jupiter.api.Test;

class AcceptedIdentificationTest {
    private static final Map<String, ServiceItem> ITEMS = TestCatalogs.items().stream()
            .collect(Collectors.toMap(ServiceItem::implementationCode, Function.identity()));

    @Test
    void theDepartmentRuleDecides() {
        assertEquals(EnumSet.of(CertType.IDCARD), AcceptedIdentification.of(ITEMS.get(TestCatalogs.NO_CRIMINAL_RECORD)));
        assertEquals(EnumSet.of(CertType.IDCARD), AcceptedIdentification.of(ITEMS.get(TestCatalogs.TAX_RECORD)));
        assertEquals(EnumSet.of(CertType.IDCARD, CertType.SSCARD),
                AcceptedIdentification.of(ITEMS.get(TestCatalogs.INSURANCE_CERTIFICATE)));
        assertEquals(EnumSet.allOf(CertType.class),
                AcceptedIdentification.of(ITEMS.get(TestCatalogs.INSURED_CERTIFICATE)));
    }

    @Test
    void flowStepsSayWhetherToIdentifyAndCheckTheFace() {
        assertTrue(AcceptedIdentification.identifies(ITEMS.get(TestCatalogs.NO_CRIMINAL_RECORD)));
        assertTrue(AcceptedIdentification.checksFace(ITEMS.get(TestCatalogs.NO_CRIMINAL_RECORD)));
        assertFalse(AcceptedIdentification.checksFace(ITEMS.get(TestCatalogs.TAX_RECORD)));
        assertFalse(AcceptedIdentification.identifies(ITEMS.get(TestCatalogs.SERVICE_POINTS)));
    }

    @Test
    void waysNeedTheirDevicesAndTheCameraOnlyForAFaceCheck() {
        assertEquals(EnumSet.of(DeviceRole.ID_CARD_READER, DeviceRole.CAMERA), IdentificationWay.ID_CARD.devices(true));
        assertEquals(EnumSet.of(DeviceRole.ID_CARD_READER), IdentificationWay.ID_CARD.devices(false));
        assertEquals(EnumSet.of(DeviceRole.SOCIAL_CARD_READER, DeviceRole.CAMERA),
                IdentificationWay.SOCIAL_CARD.devices(true));
        assertEquals(EnumSet.of(DeviceRole.QR_SCANNER), IdentificationWay.EC_TOKEN.devices(true));
        assertEquals(IdentificationWay.SOCIAL_CARD, IdentificationWay.of(CertType.SSCARD));
        assertThrows(NullPointerException.class, () -> IdentificationWay.of(null));
    }
}
