/**
 * The {@code pcsc-sscard} driver: the unprotected basics of a 社会保障卡 (EF05 issuer data, EF06 holder basics)
 * read with plain APDUs through {@code javax.smartcardio} and the system PC/SC service (pcscd).
 *
 * <ul>
 *   <li>{@link org.budayang.driver.pcscsscard.BasicsCodec} (package-private): the APDU sequence and the status
 *       word mapping; {@code Records}: the record layout and the CN / AN / GBK field encodings.</li>
 *   <li>{@link org.budayang.driver.pcscsscard.PcscSocialSecurityCardReader}: the device (lifecycle, card
 *       watcher, one operation at a time, deadlines and cancels held by a worker thread).</li>
 *   <li>{@link org.budayang.driver.pcscsscard.TerminalSource}: where the terminals come from — the system
 *       PC/SC service ({@link org.budayang.driver.pcscsscard.PcscTerminals}, jnasmartcardio, a fresh context per
 *       open so that a pcscd restart is recovered from) or, in tests, jcardsim.</li>
 * </ul>
 *
 * <h2>Vendor-backed drivers</h2>
 * Third-generation cards answer {@code 6982} (security status not satisfied) to the plain reads until a PSAM
 * holding the RKSSSE key has done the external authentication; this driver then returns
 * {@code DeviceError("PSAM_REQUIRED")} and says so. In the field that authentication goes through the
 * province's card library ({@code iReadCardBas}-style, usually a native library shipped with the reader) or
 * an HSM. Such a driver is a separate module that depends on driver-api only and:
 * <ol>
 *   <li>implements {@link org.budayang.driver.sscard.SocialSecurityCardReader} (same outcomes: NO_CARD,
 *       WRONG_CARD, CARD_LOCKED, CARD_REMOVED, READ_ERROR; the vendor's error codes go into the detail) and maps
 *       the vendor's result (for {@code iReadCardBas}: a {@code |}-separated text of 区划, 社会保障号码, 卡号,
 *       卡识别码, 姓名, 卡复位信息, 规范版本, 发卡日期, 有效期…) into a
 *       {@link org.budayang.driver.sscard.SocialSecurityCard};</li>
 *   <li>registers a {@link org.budayang.driver.DriverProvider} under its own name (e.g.
 *       {@code sscard-gansu}) in {@code META-INF/services/org.budayang.driver.DriverProvider};</li>
 *   <li>runs the vendor call on a worker thread as {@code PcscWorker} does here, since vendor libraries block
 *       and know no deadline, and passes driver-testkit's {@code DeviceContract};</li>
 *   <li>is chosen by configuration alone: {@code device.socialCardReader.driver=sscard-gansu}.</li>
 * </ol>
 * The kiosk never knows which one it has.
 */
package org.budayang.driver.pcscsscard;
