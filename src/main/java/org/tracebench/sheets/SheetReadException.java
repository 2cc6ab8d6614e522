package org.tracebench.sheets;

/** A workbook that cannot be read as an attachment table; the message names file, sheet, row and reason. */
public class SheetReadException extends RuntimeException {
    public SheetReadException(String message, Throwable cause) {
        super(message, cause);
    }

    public SheetReadException(String message) {
        super(message);
    }
}
