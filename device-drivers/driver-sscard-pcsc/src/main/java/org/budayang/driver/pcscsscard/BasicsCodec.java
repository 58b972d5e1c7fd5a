package org.budayang.driver.pcscsscard;

import java.io.ByteArrayOutputStream;
import java.time.LocalDate;
import java.util.Optional;
import javax.smartcardio.CardException;
import javax.smartcardio.CommandAPDU;
import javax.smartcardio.ResponseAPDU;
import org.budayang.driver.sscard.SocialSecurityCard;

/**
 * Reads the unprotected basics of a 社会保障卡 over an {@link ApduTransport}: select SSSE, select EF05 and read
 * records 01 (卡识别码, AN), 03 (规范版本, AN), 05 (发卡日期, CN), 06 (卡有效期, CN), 07 (卡号, AN); select EF06
 * and read records 01 (社会保障号码, AN), 02 (姓名, GBK), 03 (性别, AN, optional), 04 (民族, CN, optional).
 *
 * <p>Status words: {@code 61xx} is followed by GET RESPONSE, {@code 6Cxx} by the same command with Le = xx;
 * a failed SSSE selection and {@code 6D00}/{@code 6E00} anywhere → {@code WRONG_CARD}; {@code 6283}/{@code 6983}
 * → {@code CARD_LOCKED}; {@code 6982} → {@code PSAM_REQUIRED} (a third-generation card that wants the PSAM
 * external authentication); {@code 6A82}/{@code 6A81}/{@code 6A83} and any other → {@code READ_ERROR} with the
 * step and the status word. A record that does not parse → {@code CORRUPT_RECORD} (retryable). Nothing is
 * returned until every required field has been read, so a card is never half filled.
 */
final class BasicsCodec {
    private static final int MAX_CHAINED = 8;
    private static final String PSAM_HINT = "the card refuses to show its basics until a PSAM authenticates"
            + " (security status not satisfied, SW 6982): a third-generation card; configure the province's"
            + " vendor-backed driver for the socialCardReader role instead of pcsc-sscard";

    private final ApduTransport card;

    BasicsCodec(ApduTransport card) {
        this.card = card;
    }

    SocialSecurityCard read() throws ReadFailure, CardException {
        selectApplication();
        String ef05 = Ssse.fileName(Ssse.EF05);
        selectFile(Ssse.EF05);
        String identification = Records.an(ef05, 1, record(ef05, 1));
        String version = Records.an(ef05, 3, record(ef05, 3));
        LocalDate issued = Records.date(ef05, 5, record(ef05, 5));
        LocalDate expires = Records.date(ef05, 6, record(ef05, 6));
        String cardNumber = Records.an(ef05, 7, record(ef05, 7));
        String ef06 = Ssse.fileName(Ssse.EF06);
        selectFile(Ssse.EF06);
        String number = Records.an(ef06, 1, record(ef06, 1));
        String name = Records.gbk(ef06, 2, record(ef06, 2));
        Optional<byte[]> sex = optionalRecord(ef06, 3);
        Optional<byte[]> nation = optionalRecord(ef06, 4);
        Optional<String> sexCode = sex.isEmpty() ? Optional.empty() : Optional.of(Records.an(ef06, 3, sex.get()));
        Optional<String> nationCode = nation.isEmpty() ? Optional.empty()
                : Optional.of(Records.cn(ef06, 4, nation.get()));
        requireText(ef05, 1, identification, "卡识别码");
        requireText(ef05, 7, cardNumber, "卡号");
        requireText(ef06, 1, number, "社会保障号码");
        requireText(ef06, 2, name, "姓名");
        return new SocialSecurityCard(identification, version, cardNumber, issued, expires, number, name,
                sexCode.filter(code -> !code.isEmpty()), nationCode.filter(code -> !code.isEmpty()));
    }

    private void selectApplication() throws ReadFailure, CardException {
        ResponseAPDU answer = exchange(Ssse.selectApplication());
        int sw = answer.getSW();
        if (sw == Sw.OK) {
            return;
        }
        if (sw == Sw.SELECTED_FILE_INVALIDATED || sw == Sw.AUTHENTICATION_BLOCKED) {
            throw locked("select SSSE", sw);
        }
        if (sw == Sw.SECURITY_STATUS_NOT_SATISFIED) {
            throw new ReadFailure(ReadFailure.PSAM_REQUIRED, "select SSSE: " + PSAM_HINT, false);
        }
        throw new ReadFailure(ReadFailure.WRONG_CARD, "select SSSE (00 A4 04 00 0F 7378312E73682EC9E7BBE1B1A3D5CF)"
                + " answered SW " + Sw.hex(sw) + ": not a social security card (no SSSE application)", false);
    }

    private void selectFile(int fileId) throws ReadFailure, CardException {
        String step = "select " + Ssse.fileName(fileId);
        check(step, exchange(Ssse.selectFile(fileId)).getSW());
    }

    private byte[] record(String file, int record) throws ReadFailure, CardException {
        String step = "read " + file + " record " + String.format("%02X", record);
        ResponseAPDU answer = exchange(Ssse.readRecord(record, 0));
        check(step, answer.getSW());
        return Records.value(file, record, answer.getData());
    }

    /** The value of an optional field, or empty when the card has no such record (SW 6A83). */
    private Optional<byte[]> optionalRecord(String file, int record) throws ReadFailure, CardException {
        ResponseAPDU answer = exchange(Ssse.readRecord(record, 0));
        if (answer.getSW() == Sw.RECORD_NOT_FOUND) {
            return Optional.empty();
        }
        check("read " + file + " record " + String.format("%02X", record), answer.getSW());
        return Optional.of(Records.value(file, record, answer.getData()));
    }

    private static void check(String step, int sw) throws ReadFailure {
        if (sw == Sw.OK) {
            return;
        }
        if (sw == Sw.SELECTED_FILE_INVALIDATED || sw == Sw.AUTHENTICATION_BLOCKED) {
            throw locked(step, sw);
        }
        if (sw == Sw.SECURITY_STATUS_NOT_SATISFIED) {
            throw new ReadFailure(ReadFailure.PSAM_REQUIRED, step + ": " + PSAM_HINT, false);
        }
        if (sw == Sw.INS_NOT_SUPPORTED || sw == Sw.CLA_NOT_SUPPORTED) {
            throw new ReadFailure(ReadFailure.WRONG_CARD, step + " answered SW " + Sw.hex(sw)
                    + " (instruction or class not supported): not a social security card", false);
        }
        String what = switch (sw) {
            case Sw.FILE_NOT_FOUND -> "file not found";
            case Sw.RECORD_NOT_FOUND -> "record not found";
            case Sw.FUNCTION_NOT_SUPPORTED -> "function not supported";
            default -> "unexpected status";
        };
        throw new ReadFailure(ReadFailure.READ_ERROR, step + " answered SW " + Sw.hex(sw) + " (" + what + ")", false);
    }

    private static ReadFailure locked(String step, int sw) {
        return new ReadFailure(ReadFailure.CARD_LOCKED, step + " answered SW " + Sw.hex(sw)
                + " (card or application blocked): the card is locked; the citizen must have it unlocked at a"
                + " social security service point", false);
    }

    private static void requireText(String file, int record, String value, String field) throws ReadFailure {
        if (value.isEmpty()) {
            throw Records.corrupt(file, record, field + " is empty");
        }
    }

    /** One command with 61xx (GET RESPONSE, data concatenated) and 6Cxx (resend with Le = xx) handled. */
    ResponseAPDU exchange(CommandAPDU command) throws CardException, ReadFailure {
        ResponseAPDU answer = card.transmit(command);
        if (Sw.wrongLength(answer.getSW())) {
            int le = answer.getSW2() == 0 ? 256 : answer.getSW2();
            answer = card.transmit(new CommandAPDU(command.getCLA(), command.getINS(), command.getP1(),
                    command.getP2(), command.getData(), le));
            if (Sw.wrongLength(answer.getSW())) {
                throw new ReadFailure(ReadFailure.READ_ERROR, "the card answered SW " + Sw.hex(answer.getSW())
                        + " (wrong length) again after the command was resent with the Le it asked for", true);
            }
        }
        ByteArrayOutputStream data = new ByteArrayOutputStream();
        data.writeBytes(answer.getData());
        int chained = 0;
        while (Sw.moreData(answer.getSW())) {
            if (++chained > MAX_CHAINED) {
                throw new ReadFailure(ReadFailure.READ_ERROR, "the card kept answering 61xx (more data) after "
                        + MAX_CHAINED + " GET RESPONSE commands", true);
            }
            answer = card.transmit(Ssse.getResponse(answer.getSW2()));
            data.writeBytes(answer.getData());
        }
        data.write(answer.getSW1());
        data.write(answer.getSW2());
        return new ResponseAPDU(data.toByteArray());
    }
}
