package org.tracebench.letters;

import java.util.List;

/** A letter laid out as blocks and footnotes, ready for a PDF or DOCX writer; plus its Attachment A. */
public record LetterDocument(String title, String subject, String author, List<Block> blocks,
                             List<Footnote> footnotes, AttachmentTable attachment) {

    public LetterDocument {
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
    }

    public Footnote footnote(int number) {
        return footnotes.get(number - 1);
    }
}
