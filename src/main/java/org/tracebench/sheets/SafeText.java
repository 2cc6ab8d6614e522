package org.tracebench.sheets;

/**
 * Guards spreadsheet cells against formula injection. Every user value is written as a string cell (never
 * a formula); values a spreadsheet program would read as a formula when the cell is edited or re-entered
 * (leading =, +, -, @, tab or carriage return) additionally get the "quote prefix" cell attribute, which
 * Excel and LibreOffice both honour: the cell stays text and shows exactly what was stored, so
 * "+12025550123" remains a readable phone number and nothing is prepended to the value.
 */
public final class SafeText {

    /** Excel's limit on the characters of one cell. */
    public static final int MAX_CELL_CHARS = 32_767;

    private SafeText() {
    }

    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r'
                || first == '\uFF1D' || first == '\uFF0B' || first == '\uFF0D' || first == '\uFF20';
    }
}
