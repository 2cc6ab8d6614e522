package org.tracebench.sheets;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Row;

/**
 * Writes values into cells: user text only ever as string cells (see {@link SafeText}), timestamps as real
 * date-time cells holding the UTC wall-clock time.
 */
final class CellWriter {

    private final SheetStyles styles;

    CellWriter(SheetStyles styles) {
        this.styles = styles;
    }

    /** Writes text and returns how many lines it has (0 for an empty cell). */
    int text(Row row, int column, String value, boolean wrap) {
        Cell cell = row.createCell(column);
        if (value == null || value.isEmpty()) {
            cell.setCellStyle(styles.text);
            return 0;
        }
        if (value.length() > SafeText.MAX_CELL_CHARS) {
            throw new IllegalArgumentException("a value of " + value.length() + " characters is longer than the "
                    + SafeText.MAX_CELL_CHARS + " a spreadsheet cell can hold");
        }
        int lines = 1;
        for (int i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', i + 1)) {
            lines++;
        }
        boolean quoted = SafeText.looksLikeFormula(value);
        CellStyle style = wrap || lines > 1 ? (quoted ? styles.quotedWrapped : styles.wrapped)
                : (quoted ? styles.quotedText : styles.text);
        cell.setCellStyle(style);
        cell.setCellValue(value);
        return lines;
    }

    void dateTime(Row row, int column, Instant value) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(styles.dateTime);
        if (value != null) {
            cell.setCellValue(LocalDateTime.ofInstant(value, ZoneOffset.UTC));
        }
    }

    void number(Row row, int column, long value, CellStyle style) {
        Cell cell = row.createCell(column);
        cell.setCellStyle(style);
        cell.setCellValue(value);
    }

    /** The longest line of a text, for column widths. */
    static int longestLine(String value) {
        if (value == null) {
            return 0;
        }
        int longest = 0;
        int start = 0;
        for (int i = value.indexOf('\n'); i >= 0; i = value.indexOf('\n', start)) {
            longest = Math.max(longest, i - start);
            start = i + 1;
        }
        return Math.max(longest, value.length() - start);
    }
}
