package org.tracebench.letters;

/** A stretch of text in one style; a run with a footnote number is the superscript reference mark. */
public record Run(String text, boolean bold, boolean italic, int footnote) {

    public static Run plain(String text) {
        return new Run(text, false, false, 0);
    }

    public boolean isFootnoteMark() {
        return footnote > 0;
    }
}
