package org.tracebench.letters;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFFootnote;
import org.apache.poi.xwpf.usermodel.XWPFFootnotes;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFtnEdn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/**
 * Writes a letter as DOCX with Apache POI, for final edits in Word: real Word footnotes, real numbered and
 * bulleted lists, "Page X of Y" fields in the footer, US Letter, metadata, and Attachment A as a table whose
 * header row repeats on each page.
 */
public final class DocxLetterWriter {

    private static final String FONT = "Times New Roman";
    private static final int SIZE = 11;

    public byte[] write(LetterDocument letter) {
        try (XWPFDocument doc = new XWPFDocument(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            pageSetup(doc);
            doc.getProperties().getCoreProperties().setTitle(letter.title());
            doc.getProperties().getCoreProperties().setSubjectProperty(letter.subject());
            doc.getProperties().getCoreProperties().setCreator(letter.author());
            doc.getProperties().getExtendedProperties().setApplication("Tracebench");
            separators(doc.createFootnotes());
            Lists lists = new Lists(doc);
            Map<Integer, XWPFFootnote> made = new HashMap<>();
            BigInteger numbering = null;
            for (Block block : letter.blocks()) {
                if (block.kind() == Block.Kind.PAGE_BREAK) {
                    doc.createParagraph().setPageBreak(true);
                    continue;
                }
                XWPFParagraph p = doc.createParagraph();
                p.setSpacingAfter(160);
                switch (block.kind()) {
                    case PARAGRAPH -> {
                        p.setAlignment(ParagraphAlignment.BOTH);
                        runs(doc, p, block.runs(), false, letter, made);
                    }
                    case HEADING -> {
                        p.setKeepNext(true);
                        runs(doc, p, block.runs(), true, letter, made);
                    }
                    case NUMBERED -> {
                        if (block.number() == 1 || numbering == null) {
                            numbering = lists.newNumbered();
                        }
                        p.setNumID(numbering);
                        p.setAlignment(ParagraphAlignment.BOTH);
                        runs(doc, p, block.runs(), false, letter, made);
                    }
                    case BULLET -> {
                        p.setNumID(lists.bullets());
                        p.setSpacingAfter(60);
                        runs(doc, p, block.runs(), false, letter, made);
                    }
                    case LINES -> {
                        p.setAlignment(switch (block.align()) {
                            case CENTER -> ParagraphAlignment.CENTER;
                            case RIGHT -> ParagraphAlignment.RIGHT;
                            case LEFT -> ParagraphAlignment.LEFT;
                        });
                        if (block.keepTogether()) {
                            p.setKeepNext(true);
                            p.getCTP().addNewPPr().addNewKeepLines();
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
            if (letter.attachment() != null) {
                attachment(doc, letter.attachment());
            }
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("could not write the DOCX: " + e.getMessage(), e);
        }
    }

    private static void runs(XWPFDocument doc, XWPFParagraph p, List<Run> runs, boolean bold, LetterDocument letter,
                             Map<Integer, XWPFFootnote> made) {
        for (Run run : runs) {
            if (run.isFootnoteMark()) {
                XWPFFootnote footnote = made.computeIfAbsent(run.footnote(), n -> footnote(doc, letter.footnote(n)));
                XWPFRun ref = p.createRun();
                ref.setVerticalAlignment("superscript");
                ref.getCTR().addNewFootnoteReference().setId(footnote.getId());
                continue;
            }
            XWPFRun r = p.createRun();
            r.setText(run.text());
            r.setBold(bold || run.bold());
            r.setItalic(run.italic());
            r.setFontFamily(FONT);
            r.setFontSize(SIZE);
        }
    }

    private static XWPFFootnote footnote(XWPFDocument doc, Footnote footnote) {
        XWPFFootnote note = doc.createFootnote();
        XWPFParagraph p = note.createParagraph(); // POI starts it with the footnote's own number mark
        p.setAlignment(ParagraphAlignment.BOTH);
        for (XWPFRun run : p.getRuns()) {
            if (!run.getCTR().getFootnoteRefList().isEmpty()) {
                run.setVerticalAlignment("superscript"); // the document has no FootnoteReference style to do it
            }
        }
        p.createRun().setText(" ");
        for (Run run : footnote.runs()) {
            XWPFRun r = p.createRun();
            r.setText(run.text());
            r.setBold(run.bold());
            r.setItalic(run.italic());
            r.setFontFamily(FONT);
            r.setFontSize(9);
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

    private static void pageSetup(XWPFDocument doc) {
        CTSectPr section = doc.getDocument().getBody().addNewSectPr();
        section.addNewPgSz().setW(BigInteger.valueOf(12240));
        section.getPgSz().setH(BigInteger.valueOf(15840));
        var margins = section.addNewPgMar();
        for (var setter : List.<java.util.function.Consumer<BigInteger>>of(margins::setTop, margins::setBottom,
                margins::setLeft, margins::setRight)) {
            setter.accept(BigInteger.valueOf(1440));
        }
        XWPFFooter footer = doc.createFooter(HeaderFooterType.DEFAULT);
        XWPFParagraph p = footer.createParagraph();
        p.setAlignment(ParagraphAlignment.CENTER);
        p.createRun().setText("Page ");
        p.getCTP().addNewFldSimple().setInstr("PAGE");
        p.createRun().setText(" of ");
        p.getCTP().addNewFldSimple().setInstr("NUMPAGES");
    }

    private static void attachment(XWPFDocument doc, AttachmentTable table) {
        XWPFParagraph title = doc.createParagraph();
        title.setPageBreak(true);
        title.setAlignment(ParagraphAlignment.CENTER);
        XWPFRun t = title.createRun();
        t.setText(table.title());
        t.setBold(true);
        t.setFontFamily(FONT);
        XWPFTable grid = doc.createTable(table.rows().size() + 1, table.header().size());
        grid.setWidth("100%");
        fill(grid.getRow(0), table.header(), true);
        grid.getRow(0).setRepeatHeader(true);
        for (int i = 0; i < table.rows().size(); i++) {
            fill(grid.getRow(i + 1), table.rows().get(i), false);
        }
    }

    private static void fill(XWPFTableRow row, List<String> values, boolean bold) {
        for (int c = 0; c < values.size(); c++) {
            XWPFParagraph p = row.getCell(c).getParagraphs().get(0);
            String[] lines = values.get(c).split("\n", -1);
            XWPFRun r = p.createRun();
            r.setBold(bold);
            r.setFontFamily(FONT);
            r.setFontSize(8);
            for (int i = 0; i < lines.length; i++) {
                if (i > 0) {
                    r.addBreak();
                }
                r.setText(lines[i], i);
            }
        }
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
