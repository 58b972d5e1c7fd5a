package org.budayang.central.documents;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a certificate or receipt says, independent of layout: the connectors produce it from their
 * records, the document service renders it to a signed A4 PDF with a verification code and QR.
 * Holder data here is complete (it is printed for the holder); the public verify page masks it.
 *
 * @param kind           stable document kind, e.g. {@code SOCIAL_INSURANCE_CERTIFICATE}, {@code ACCEPTANCE_RECEIPT}
 * @param title          the title printed on top, e.g. 社会保险参保缴费证明
 * @param issuingAgency  the agency that issues it and whose e-seal is printed, e.g. 兰州市城关区社会保险事业管理局
 * @param itemCode       the 事项 implementation code it was issued for
 * @param holderName     the holder's name; null (with holderIdNumber) for a notice that names nobody
 * @param holderIdNumber the holder's ID number (18 characters); null (with holderName) for a notice
 * @param issuedOn       the date of issue
 * @param sections       the body, in order; at least one
 * @param notes          closing remarks (e.g. how long it is valid), may be empty
 */
public record DocumentContent(String kind, String title, String issuingAgency, String itemCode, String holderName,
                              String holderIdNumber, LocalDate issuedOn, List<Section> sections, List<String> notes) {

    public DocumentContent {
        requireText(kind, "kind");
        if (!kind.matches("[A-Z][A-Z0-9_]*")) {
            throw new IllegalArgumentException("DocumentContent.kind '" + kind + "' is not an upper-case code");
        }
        requireText(title, "title");
        requireText(issuingAgency, "issuingAgency");
        requireText(itemCode, "itemCode");
        if (holderName != null || holderIdNumber != null) {
            requireText(holderName, "holderName");
            requireText(holderIdNumber, "holderIdNumber");
        }
        Objects.requireNonNull(issuedOn, "DocumentContent.issuedOn is required");
        sections = List.copyOf(Objects.requireNonNull(sections, "DocumentContent.sections is required"));
        if (sections.isEmpty()) {
            throw new IllegalArgumentException("DocumentContent '" + title + "' has no sections");
        }
        notes = List.copyOf(Objects.requireNonNull(notes, "DocumentContent.notes is required (may be empty)"));
    }

    /** Whether the document names a holder (certificates and receipts do; a 一次性告知单 of a business does not). */
    public boolean hasHolder() {
        return holderIdNumber != null;
    }

    /**
     * One part of the body: label/value fields, and/or a table.
     *
     * @param heading section heading, e.g. 参保信息
     * @param fields  label → value pairs in order (may be empty)
     * @param table   a table (may be absent: null)
     */
    public record Section(String heading, List<Field> fields, Table table) {
        public Section {
            requireText(heading, "Section.heading");
            fields = List.copyOf(Objects.requireNonNull(fields, "Section.fields is required (may be empty)"));
            if (fields.isEmpty() && table == null) {
                throw new IllegalArgumentException("Section '" + heading + "' has neither fields nor a table");
            }
        }
    }

    public record Field(String label, String value) {
        public Field {
            requireText(label, "Field.label");
            Objects.requireNonNull(value, "Field.value of '" + label + "' is required (may be empty)");
        }
    }

    /** A table with a header row; every row has as many cells as the header. */
    public record Table(List<String> header, List<List<String>> rows) {
        public Table {
            header = List.copyOf(Objects.requireNonNull(header, "Table.header is required"));
            if (header.isEmpty()) {
                throw new IllegalArgumentException("Table.header must name at least one column");
            }
            Objects.requireNonNull(rows, "Table.rows is required (may be empty)");
            List<List<String>> copy = new java.util.ArrayList<>();
            for (int i = 0; i < rows.size(); i++) {
                List<String> row = List.copyOf(rows.get(i));
                if (row.size() != header.size()) {
                    throw new IllegalArgumentException("Table row " + i + " has " + row.size() + " cells; the header has "
                            + header.size());
                }
                copy.add(row);
            }
            rows = List.copyOf(copy);
        }
    }

    private static void requireText(String value, String field) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException("DocumentContent." + field + " must not be blank");
        }
    }
}
