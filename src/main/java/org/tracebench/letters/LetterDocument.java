package org.tracebench.letters;

import java.util.List;

/**
 * A letter laid out as blocks and footnotes, ready for a PDF or DOCX writer; plus its Attachment A and what its
 * letterhead shows beside the name lines (null: name lines only).
 */
public record LetterDocument(String title, String subject, String author, List<Block> blocks,
                             List<Footnote> footnotes, AttachmentTable attachment, Letterhead letterhead) {

    public LetterDocument {
        blocks = List.copyOf(blocks);
        footnotes = List.copyOf(footnotes);
    }

    public LetterDocument(String title, String subject, String author, List<Block> blocks, List<Footnote> footnotes,
                          AttachmentTable attachment) {
        this(title, subject, author, blocks, footnotes, attachment, null);
    }

    public LetterDocument withLetterhead(Letterhead newLetterhead) {
        return new LetterDocument(title, subject, author, blocks, footnotes, attachment, newLetterhead);
    }

    public Footnote footnote(int number) {
        return footnotes.get(number - 1);
    }
}
