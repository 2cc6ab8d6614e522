package org.tracebench.letters;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.util.Units;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.Document;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFPicture;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.StylesDocument;

/**
 * Writes a letter as DOCX with Apache POI, for final edits in Word: real Word footnotes, real numbered and
 * bulleted lists, "Page X of Y" fields in the footer, US Letter, metadata, and Attachment A as a table whose
 * header row repeats on each page. Fonts, sizes, widow control and the footnote look come from a styles
 * part ({@code docx-styles.xml}), so a user who changes a style in Word changes the whole letter.
 */
public final class DocxLetterWriter {

    static final String FOOTNOTE_TEXT = "FootnoteText";
    static final String FOOTNOTE_REFERENCE = "FootnoteReference";
    static final String FOOTER = "Footer";
    static final String HEADING = "Heading1";
    /** Space after a paragraph, in twentieths of a point (9 pt, as in the PDF). */
    static final int PARAGRAPH_SPACE = 180;
    /** Space between two items of a bulleted list. */
    static final int ITEM_SPACE = 60;
    /** One inch in twentieths of a point: the letter's margins. */
    static final int INCH = 1440;

    public byte[] write(LetterDocument letter) {
        letter = SmartQuotes.document(letter);
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            styles(doc);
            pageSetup(doc);
            doc.getProperties().getCoreProperties().setTitle(letter.title());
            doc.getProperties().getCoreProperties().setSubjectProperty(letter.subject());
            doc.getProperties().getCoreProperties().setCreator(letter.author());
            // the styles set the text's language run by run; the package says it too, for checkers and indexes
            doc.getProperties().getCoreProperties().getUnderlyingProperties()
                    .setLanguageProperty(PdfConformance.LANGUAGE);
            doc.getProperties().getExtendedProperties().setApplication("Tracebench");
            separators(doc.createFootnotes());
            body(doc, letter);
            if (letter.attachment() != null) {
                DocxAttachmentTable.write(doc, letter.attachment());
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the DOCX: " + e.getMessage(), e);
        }
    }

    private static void body(XWPFDocument doc, LetterDocument letter) {
        Lists lists = new Lists(doc);
        Map<Integer, XWPFFootnote> made = new HashMap<>();
        BigInteger numbering = null;
        boolean breakBefore = false;
        List<Block> blocks = letter.blocks();
        int closing = closingParagraph(blocks);
        LetterLayout layout = closing < 0 ? null : new LetterLayout(new LetterFonts());
        for (int b = 0; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (block.kind() == Block.Kind.PAGE_BREAK) {
                breakBefore = true; // carried by the next paragraph, so the new page does not start with an empty line
                continue;
            }
            if (LetterheadRenderer.isLetterhead(block)) {
                LetterheadRenderer.writeDocx(doc, block, letter.letterhead());
                continue;
            }
            XWPFParagraph p = doc.createParagraph();
            if (breakBefore) {
                p.setPageBreak(true);
                breakBefore = false;
            }
            p.setSpacingAfter(PARAGRAPH_SPACE);
            if (b == closing) {
                // The closing paragraph goes with "Sincerely," and the signature: whole when short, as in the PDF,
                // else (by the styles' widow control) at least its last two lines.
                p.setKeepNext(true);
                if (layout.lineCount(block) <= LetterLayout.CLOSING_LINES) {
                    paragraphProperties(p).addNewKeepLines();
                }
            } else if (leadsIntoClosing(blocks, b, closing)) {
                // ... and never alone on a page: at least two lines of what precedes it go along (the last two of
                // a paragraph, by widow control, or the last two items of a list).
                p.setKeepNext(true);
            }
            switch (block.kind()) {
                case PARAGRAPH -> {
                    // a bold display line ("Re: ...") is set flush left and kept with what follows, as in the PDF
                    boolean display = LetterLayout.displayLine(block);
                    p.setAlignment(display ? ParagraphAlignment.LEFT : ParagraphAlignment.BOTH);
                    if (display) {
                        p.setKeepNext(true);
                    }
                    if (b + 1 < blocks.size() && blocks.get(b + 1).kind() == Block.Kind.BULLET) {
                        p.setKeepNext(true); // the sentence leading into a list stays with its first item
                        p.setSpacingAfter(ITEM_SPACE);
                    }
                    runs(doc, p, block.runs(), false, letter, made);
                }
                case HEADING -> {
                    p.setStyle(HEADING);
                    p.setKeepNext(true);
                    runs(doc, p, block.runs(), true, letter, made);
                }
                case NUMBERED -> {
                    if (block.number() == 1 || numbering == null) {
                        numbering = lists.newNumbered();
                    }
                    p.setNumID(numbering);
                    p.setNumILvl(BigInteger.ZERO);
                    p.setAlignment(ParagraphAlignment.BOTH);
                    runs(doc, p, block.runs(), false, letter, made);
                }
                case BULLET -> {
                    p.setNumID(lists.bullets());
                    p.setNumILvl(BigInteger.ZERO);
                    boolean lastOfList = b + 1 == blocks.size() || blocks.get(b + 1).kind() != Block.Kind.BULLET;
                    p.setSpacingAfter(lastOfList ? PARAGRAPH_SPACE : ITEM_SPACE);
                    runs(doc, p, block.runs(), false, letter, made);
                }
                case LINES -> {
                    p.setAlignment(switch (block.align()) {
                        case CENTER -> ParagraphAlignment.CENTER;
                        case RIGHT -> ParagraphAlignment.RIGHT;
                        case LEFT -> ParagraphAlignment.LEFT;
                    });
                    if (block.keepTogether()) {
                        // One paragraph with line breaks: "keep lines together" holds the whole block on one page.
                        paragraphProperties(p).addNewKeepLines();
                    }
                    for (int i = 0; i < block.lines().size(); i++) {
                        if (i > 0) {
                            p.createRun().addBreak();
                        }
                        runs(doc, p, block.lines().get(i), false, letter, made);
                    }
                }
                default -> {
                }
            }
        }
        if (breakBefore && letter.attachment() == null) {
            doc.createParagraph().setPageBreak(true);
        }
    }

    /** The block right before the signature (the closing paragraph), or -1 when the letter has none. */
    private static int closingParagraph(List<Block> blocks) {
        for (int b = 0; b + 1 < blocks.size(); b++) {
            if (blocks.get(b + 1).keepsWithPrevious() && blocks.get(b).kind() != Block.Kind.PAGE_BREAK) {
                return b;
            }
        }
        return -1;
    }

    /** Whether block {@code b} is part of the lead-in that keeps the closing paragraph company on its page. */
    private static boolean leadsIntoClosing(List<Block> blocks, int b, int closing) {
        if (closing < 1 || b >= closing || LetterheadRenderer.isLetterhead(blocks.get(b))) {
            return false;
        }
        if (b == closing - 1) {
            return true;
        }
        // a list item is often one line: the item before the last goes too
        Block last = blocks.get(closing - 1);
        boolean item = last.kind() == Block.Kind.BULLET || last.kind() == Block.Kind.NUMBERED;
        return b == closing - 2 && item && blocks.get(b).kind() == last.kind();
    }

    /**
     * Adds an image (a letterhead logo, a signature) to a run with its alternative text, which Word shows as the
     * picture's Alt Text and a screen reader reads ({@code wp:docPr/@descr}); sizes are in points.
     */
    static XWPFPicture picture(XWPFRun run, byte[] png, String fileName, double widthPt, double heightPt, String alt) {
        if (alt == null || alt.isBlank()) {
            throw new IllegalArgumentException("an image in a letter needs alternative text");
        }
        try {
            XWPFPicture picture = run.addPicture(new ByteArrayInputStream(png), Document.PICTURE_TYPE_PNG, fileName,
                    Units.toEMU(widthPt), Units.toEMU(heightPt));
            var drawings = run.getCTR().getDrawingList();
            drawings.get(drawings.size() - 1).getInlineArray(0).getDocPr().setDescr(alt);
            return picture;
        } catch (InvalidFormatException | IOException e) {
            throw new IllegalStateException("could not add the image " + fileName + ": " + e.getMessage(), e);
        }
    }

    /** The paragraph's one {@code w:pPr} (a second one would make the file invalid for Word). */
    static CTPPr paragraphProperties(XWPFParagraph p) {
        return p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
    }

    private static void runs(XWPFDocument doc, XWPFParagraph p, List<Run> runs, boolean bold, LetterDocument letter,
                             Map<Integer, XWPFFootnote> made) {
        for (Run run : runs) {
            if (run.isFootnoteMark()) {
                XWPFFootnote footnote = made.computeIfAbsent(run.footnote(), n -> footnote(doc, letter.footnote(n)));
                XWPFRun ref = p.createRun();
                ref.setStyle(FOOTNOTE_REFERENCE);
                ref.getCTR().addNewFootnoteReference().setId(footnote.getId());
                continue;
            }
            styled(p.createRun(), run, bold);
        }
    }

    private static void styled(XWPFRun r, Run run, boolean bold) {
        r.setText(run.text());
        if (bold || run.bold()) {
            r.setBold(true);
        }
        if (run.italic()) {
            r.setItalic(true);
        }
    }

    private static XWPFFootnote footnote(XWPFDocument doc, Footnote footnote) {
        XWPFFootnote note = doc.createFootnote();
        XWPFParagraph p = note.createParagraph(); // POI starts it with the footnote's own number mark
        p.setStyle(FOOTNOTE_TEXT);
        p.createRun().setText(" ");
        for (Run run : footnote.runs()) {
            styled(p.createRun(), run, false);
        }
        return note;
    }

    /** Word's separator and continuation separator footnotes (ids -1 and 0), as Word itself writes them. */
    private static void separators(XWPFFootnotes footnotes) {
        CTFtnEdn separator = CTFtnEdn.Factory.newInstance();
        separator.setId(BigInteger.valueOf(-1));
        separator.setType(STFtnEdn.SEPARATOR);
        separator.addNewP().addNewR().addNewSeparator();
        footnotes.addFootnote(separator);
        CTFtnEdn continuation = CTFtnEdn.Factory.newInstance();
        continuation.setId(BigInteger.ZERO);
        continuation.setType(STFtnEdn.CONTINUATION_SEPARATOR);
        continuation.addNewP().addNewR().addNewContinuationSeparator();
        footnotes.addFootnote(continuation);
    }

    private static void styles(XWPFDocument doc) throws IOException {
        try (InputStream in = DocxLetterWriter.class.getResourceAsStream("docx-styles.xml")) {
            if (in == null) {
                throw new IOException("docx-styles.xml is missing from the application");
            }
            doc.createStyles().setStyles(StylesDocument.Factory.parse(in).getStyles());
        } catch (XmlException e) {
            throw new IOException("docx-styles.xml is not valid: " + e.getMessage(), e);
        }
    }

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(12240)); // 8.5 x 11 in
        section.getPgSz().setH(BigInteger.valueOf(15840));
        var margins = section.addNewPgMar();
        for (var setter : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom,
                margins::setLeft, margins::setRight)) {
            setter.accept(BigInteger.valueOf(INCH));
        }
        margins.setHeader(BigInteger.valueOf(INCH / 2));
        margins.setFooter(BigInteger.valueOf(INCH / 2));
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setStyle(FOOTER);
        p.createRun().setText("Page ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        p.createRun().setText(" of ");
        p.getCTP().addNewFldSimple().setInstr("NUMPAGES");
    }

    /** Word numbering definitions: one restartable decimal list per numbered list, one bullet list. */
    private static final class Lists {
        private final XWPFNumbering numbering;
        private BigInteger bulletId;
        private int nextAbstract = 1;

        Lists(XWPFDocument doc) {
            numbering = doc.createNumbering();
        }

        BigInteger newNumbered() {
            return numbering.addNum(abstractNum(STNumberFormat.DECIMAL, "%1."));
        }

        BigInteger bullets() {
            if (bulletId == null) {
                bulletId = numbering.addNum(abstractNum(STNumberFormat.BULLET, "•"));
            }
            return bulletId;
        }

        private BigInteger abstractNum(STNumberFormat.Enum format, String text) {
            CTAbstractNum ct = CTAbstractNum.Factory.newInstance();
            BigInteger id = BigInteger.valueOf(nextAbstract++);
            ct.setAbstractNumId(id);
            CTLvl level = ct.addNewLvl();
            level.setIlvl(BigInteger.ZERO);
            level.addNewStart().setVal(BigInteger.ONE);
            level.addNewNumFmt().setVal(format);
            level.addNewLvlText().setVal(text);
            var indent = level.addNewPPr().addNewInd();
            indent.setLeft(BigInteger.valueOf(720));
            indent.setHanging(BigInteger.valueOf(360));
            return numbering.addAbstractNum(new XWPFAbstractNum(ct, numbering));
        }
    }
}
