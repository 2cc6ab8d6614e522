package org.tracebench.letters;

import com.lowagie.text.pdf.BaseFont;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * The fonts letters are set in: Liberation Serif (SIL Open Font License, shipped under resources), embedded in
 * every PDF as a subset so the letter prints the same everywhere, with a Unicode map (Identity-H with ToUnicode) so
 * its text can be searched and read aloud. Loaded once per writer.
 */
final class LetterFonts {

    private static final String ROOT = "/org/tracebench/letters/fonts/";

    final BaseFont regular;
    final BaseFont bold;
    final BaseFont italic;
    final BaseFont boldItalic;

    LetterFonts() {
        regular = load("LiberationSerif-Regular.ttf");
        bold = load("LiberationSerif-Bold.ttf");
        italic = load("LiberationSerif-Italic.ttf");
        boldItalic = load("LiberationSerif-BoldItalic.ttf");
    }

    BaseFont of(boolean isBold, boolean isItalic) {
        if (isBold) {
            return isItalic ? boldItalic : bold;
        }
        return isItalic ? italic : regular;
    }

    private static BaseFont load(String file) {
        try (InputStream in = LetterFonts.class.getResourceAsStream(ROOT + file)) {
            if (in == null) {
                throw new IllegalStateException("missing font " + ROOT + file);
            }
            byte[] bytes = in.readAllBytes();
            BaseFont font = BaseFont.createFont(file, BaseFont.IDENTITY_H, BaseFont.EMBEDDED, false, bytes, null);
            // OpenPDF's CIDSet lists the glyphs used, not those in the subset it embeds, which PDF/A-2 and PDF/UA
            // reject; the CIDSet is optional, so none is written.
            font.setIncludeCidSet(false);
            return font;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
