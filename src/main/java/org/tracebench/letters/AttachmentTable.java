package org.tracebench.letters;

import java.util.List;

/** The table appended to a letter (Attachment A): a title, a header row and one row per traced call. */
public record AttachmentTable(String title, List<String> header, List<List<String>> rows, float[] widths) {

    public AttachmentTable {
        header = List.copyOf(header);
        rows = List.copyOf(rows);
    }
}
