package org.tracebench.letters;

import java.util.ArrayList;
import java.util.List;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.calltable.CallWording;
import org.tracebench.model.TracedCall;

/** Attachment A of a letter: one row per traced call, in the columns the FCC's letters use. */
public final class AttachmentRows {

    static final List<String> HEADER = java.util.Arrays.stream(AttachmentColumn.values()).map(AttachmentColumn::header).toList();
    static final float[] WIDTHS = {17, 15, 13, 11, 11, 14, 19};

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
        return new AttachmentTable(title, HEADER, rows, WIDTHS);
    }
}
