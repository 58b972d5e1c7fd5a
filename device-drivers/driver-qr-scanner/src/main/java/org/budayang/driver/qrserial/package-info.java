/**
 * The {@code qr-serial} driver (issue #6): QR / barcode scanners that send each code as a line over a serial
 * (USB-serial, CDC-ACM) port or TCP, for 医保电子凭证, 电子身份证 and payment codes.
 *
 * <h2>Wire protocol</h2>
 * <p>Scanner to host: each code as it was read, in the configured {@code encoding} (UTF-8, GB18030 or GBK),
 * followed by the configured {@code terminator} (CR, LF, CRLF or TAB; the scanner's "suffix" setting). No
 * prefix, no code-ID, no AIM ID (the scanner's factory setting). {@link org.budayang.driver.qrserial.LineFramer}
 * drops, counts and never delivers: lines with bytes invalid in the encoding, lines with a control character
 * (so GS1 codes with GS separators are refused, as are scanners configured with a prefix), lines longer than
 * {@code max-length} bytes, and started lines that go quiet for longer than {@code line-timeout}.
 *
 * <h2>Health probe</h2>
 * <p>A scanner is silent until someone scans, so silence says nothing about it. Serial scanners answer their
 * vendor's programming command set; the probe is a read-only query in it (it changes no setting), chosen with
 * {@code probe}:
 * <pre>
 *   probe=newland    (Newland NLS serial programming commands: prefix "~" SOH "0000", storage "#" = temporary,
 *                     tag+subtag, "*" = query current value, suffix ";" ETX; the answer's prefix is STX SOH "0000"
 *                     and a status byte comes before each ";")
 *       host -> scanner   7E 01 30 30 30 30 23 43 31 31 4D 49 4E 2A 3B 03     ~.0000#C11MIN*;.
 *       scanner -> host   02 01 30 30 30 30 23 43 31 31 4D 49 4E &lt;value&gt; &lt;status&gt; 3B 03
 *
 *   probe=honeywell  (Honeywell menu commands: prefix SYN "M" CR, tag+subtag, "?" = current value, storage "."; the
 *                     answer echoes the command upper-case with the status byte before the ".")
 *       host -> scanner   16 4D 0D 63 62 72 65 6E 61 3F 2E                    ..cbrena?.
 *       scanner -> host   43 42 52 45 4E 41 &lt;value&gt; &lt;status&gt; 2E           CBRENA1.
 *
 *   status: 06 ACK (processed), 05 ENQ (tag not known to this model), 15 NAK (value out of range).
 *   Any status is an answer: the scanner is powered and listening, so it is ONLINE.
 *
 *   probe=none       no command is sent: ONLINE while the link is open, OFFLINE when it is lost (for scanners
 *                    with no serial command set, or with commands disabled).
 * </pre>
 * The answer is recognised wherever it ends in the byte stream, also between codes. A scanner that does not
 * answer within {@code probe-timeout} is OFFLINE; at open, it fails the open. The emulator
 * ({@code emulator.ScannerEmulator}) implements both command sets for these queries and answers ENQ to other tags.
 *
 * <h2>Codes for callers</h2>
 * <p>{@link org.budayang.driver.scanner.CodeKind} classifies a code by shape: WeChat / Alipay / UnionPay payment
 * codes, URLs (电子身份证), 医保电子凭证-looking tokens, other.
 */
package org.budayang.driver.qrserial;
