package org.tracebench.letters;

import java.util.ArrayList;
import java.util.List;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.calltable.CallWording;
import org.tracebench.model.TracedCall;

/** Attachment A of a letter: one row per traced call, in the columns the FCC's letters use. */
public final class AttachmentRows {

    static final List<String> HEADER = java.util.Arrays.stream(AttachmentColumn.values()).map(AttachmentColumn::header).toList();
    /** The letter fonts, loaded once, for measuring cells (measuring marks no glyph for embedding). */
    private static final class Metrics {
        static final ColumnWidths FIT = new ColumnWidths(new LetterFonts());
    }

    private AttachmentRows() {
    }

    /**
     * The table both letter writers print. Public so that the check that every output words a call alike
     * (SameCallEverywhereTest) reads the rows the PDF and DOCX are made of.
     */
    public static AttachmentTable of(String title, List<TracedCall> calls) {
        List<List<String>> rows = new ArrayList<>(calls.size());
        for (TracedCall call : calls) {
            // Cells wrap in the letter, so several notification times go one per line.
            rows.add(CallWording.row(call, CallWording.ONE_PER_LINE));
        }
        return new AttachmentTable(title, HEADER, rows, widths(rows));
    }

    /** Column widths in points across the letter's text width, from what the cells hold. */
    static float[] widths(List<List<String>> rows) {
        return Metrics.FIT.fit(HEADER, rows, LetterLayout.WIDTH);
    }
}
