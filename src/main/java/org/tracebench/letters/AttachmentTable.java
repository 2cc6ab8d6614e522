package org.tracebench.letters;

import java.util.List;

/**
 * The table appended to a letter (Attachment A): a title, a header row, one row per traced call, and each
 * column's width in points across the letter's text width, fitted to the cells ({@link ColumnWidths}); both
 * writers set the table at these widths.
 */
public record AttachmentTable(String title, List<String> header, List<List<String>> rows, float[] widths) {

    public AttachmentTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
