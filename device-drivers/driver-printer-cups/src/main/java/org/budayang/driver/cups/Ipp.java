package org.budayang.driver.cups;

/** The IPP/1.1 numbers this driver uses (RFC 8010, RFC 8011; CUPS extensions in CUPS's IPP documentation). */
final class Ipp {
    // operations
    static final int PRINT_JOB = 0x0002;
    static final int CANCEL_JOB = 0x0008;
    static final int GET_JOB_ATTRIBUTES = 0x0009;
    static final int GET_JOBS = 0x000A;
    static final int GET_PRINTER_ATTRIBUTES = 0x000B;
    /** CUPS-Add-Modify-Printer (CUPS extension), posted to {@code /admin/} as lpadmin does. */
    static final int CUPS_ADD_MODIFY_PRINTER = 0x4003;

    // delimiter tags
    static final int OPERATION_GROUP = 0x01;
    static final int JOB_GROUP = 0x02;
    static final int END_OF_ATTRIBUTES = 0x03;
    static final int PRINTER_GROUP = 0x04;
    static final int UNSUPPORTED_GROUP = 0x05;

    // value tags
    static final int INTEGER = 0x21;
    static final int BOOLEAN = 0x22;
    static final int ENUM = 0x23;
    static final int BEGIN_COLLECTION = 0x34;
    static final int END_COLLECTION = 0x37;
    static final int TEXT = 0x41;
    static final int NAME = 0x42;
    static final int KEYWORD = 0x44;
    static final int URI = 0x45;
    static final int CHARSET = 0x47;
    static final int NATURAL_LANGUAGE = 0x48;
    static final int MIME_MEDIA_TYPE = 0x49;
    static final int MEMBER_NAME = 0x4A;
    static final int EXTENSION = 0x7F;

    // job-state (RFC 8011 5.3.7)
    static final int JOB_PENDING = 3;
    static final int JOB_HELD = 4;
    static final int JOB_PROCESSING = 5;
    static final int JOB_STOPPED = 6;
    static final int JOB_CANCELED = 7;
    static final int JOB_ABORTED = 8;
    static final int JOB_COMPLETED = 9;

    // printer-state (RFC 8011 5.4.11)
    static final int PRINTER_IDLE = 3;
    static final int PRINTER_PROCESSING = 4;
    static final int PRINTER_STOPPED = 5;

    // status codes
    static final int CLIENT_ERROR_NOT_FOUND = 0x0406;
    static final int CLIENT_ERROR_NOT_POSSIBLE = 0x0404;

    private Ipp() {
    }

    static boolean successful(int status) {
        return status >= 0 && status <= 0x00FF;
    }

    static String jobStateName(int state) {
        return switch (state) {
            case JOB_PENDING -> "pending";
            case JOB_HELD -> "pending-held";
            case JOB_PROCESSING -> "processing";
            case JOB_STOPPED -> "processing-stopped";
            case JOB_CANCELED -> "canceled";
            case JOB_ABORTED -> "aborted";
            case JOB_COMPLETED -> "completed";
            default -> "unknown(" + state + ")";
        };
    }

    static String printerStateName(int state) {
        return switch (state) {
            case PRINTER_IDLE -> "idle";
            case PRINTER_PROCESSING -> "processing";
            case PRINTER_STOPPED -> "stopped";
            default -> "unknown(" + state + ")";
        };
    }

    /** The status code as IPP names the common ones, with its hex value, e.g. {@code client-error-not-found (0x0406)}. */
    static String statusName(int status) {
        String name = switch (status) {
            case 0x0000 -> "successful-ok";
            case 0x0001 -> "successful-ok-ignored-or-substituted-attributes";
            case 0x0400 -> "client-error-bad-request";
            case 0x0401 -> "client-error-forbidden";
            case 0x0402 -> "client-error-not-authenticated";
            case 0x0403 -> "client-error-not-authorized";
            case 0x0404 -> "client-error-not-possible";
            case 0x0406 -> "client-error-not-found";
            case 0x040A -> "client-error-document-format-not-supported";
            case 0x040B -> "client-error-attributes-or-values-not-supported";
            case 0x0500 -> "server-error-internal-error";
            case 0x0506 -> "server-error-not-accepting-jobs";
            case 0x0507 -> "server-error-busy";
            default -> "status";
        };
        return name + String.format(" (0x%04X)", status);
    }
}
