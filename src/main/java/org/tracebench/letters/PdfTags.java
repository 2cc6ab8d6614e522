package org.tracebench.letters;

import com.lowagie.text.DocumentException;
import com.lowagie.text.Image;
import com.lowagie.text.pdf.PdfArray;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfDictionary;
import com.lowagie.text.pdf.PdfName;
import com.lowagie.text.pdf.PdfNameTree;
import com.lowagie.text.pdf.PdfObject;
import com.lowagie.text.pdf.PdfString;
import com.lowagie.text.pdf.PdfStructureElement;
import com.lowagie.text.pdf.PdfWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The structure tree of a tagged letter (PDF/UA-1, PDF/A-2a) and the marked content that ties what is drawn to it.
 * Everything drawn on a page goes through one of three doors: {@link #mark} (real content, a leaf element of the
 * tree), {@link #artifact} (page furniture: page numbers, rules, repeated table headers) or {@link #figure} (an
 * image with its alternative text).
 *
 * <p>Only leaf elements carry marked content: each {@link #mark} makes a new leaf under its parent, so a paragraph
 * that runs over two pages, or holds a footnote reference, is a container of leaves. (OpenPDF refuses element
 * kids beside marked-content kids in one element, and a leaf per mark keeps every leaf on one page.)
 */
final class PdfTags {

    static final PdfName DOCUMENT = new PdfName("Document");
    static final PdfName SPAN = new PdfName("Span");
    static final PdfName H1 = new PdfName("H1");
    static final PdfName L = new PdfName("L");
    static final PdfName LI = new PdfName("LI");
    static final PdfName LBL = new PdfName("Lbl");
    static final PdfName LBODY = new PdfName("LBody");
    static final PdfName NOTE = new PdfName("Note");
    static final PdfName REFERENCE = new PdfName("Reference");
    static final PdfName TABLE = new PdfName("Table");
    static final PdfName THEAD = new PdfName("THead");
    static final PdfName TBODY = new PdfName("TBody");
    static final PdfName TR = new PdfName("TR");
    static final PdfName TH = new PdfName("TH");
    static final PdfName TD = new PdfName("TD");
    static final PdfName FIGURE = new PdfName("Figure");
    private static final PdfName ARTIFACT = new PdfName("Artifact");
    private static final PdfName PAGINATION = new PdfName("Pagination");
    private static final PdfName LAYOUT = new PdfName("Layout");

    /** What kind of page furniture an artifact is. */
    enum Furniture { PAGE_NUMBER, LAYOUT, REPEATED_HEADER }

    private final PdfWriter writer;
    private final PdfStructureElement document;
    private final Map<String, PdfObject> ids = new LinkedHashMap<>();

    PdfTags(PdfWriter writer) {
        this.writer = writer;
        this.document = new PdfStructureElement(writer.getStructureTreeRoot(), DOCUMENT);
    }

    /** The root element of the letter: every block, note and table hangs below it in reading order. */
    PdfStructureElement document() {
        return document;
    }

    /** A container element (paragraph, list, table row, ...) placed after its parent's existing kids. */
    PdfStructureElement element(PdfStructureElement parent, PdfName type) {
        return new PdfStructureElement(parent, type);
    }

    /** A container element with an ID (a footnote's Note), registered in the structure tree's ID tree. */
    PdfStructureElement element(PdfStructureElement parent, PdfName type, String id) {
        PdfStructureElement element = element(parent, type);
        element.put(PdfName.ID, new PdfString(id));
        ids.put(id, element.getReference());
        return element;
    }

    /** Draws content as a new leaf element of the given type under {@code parent}, on the current page. */
    PdfStructureElement mark(PdfContentByte canvas, PdfStructureElement parent, PdfName type, Runnable draw) {
        PdfStructureElement leaf = element(parent, type);
        mark(canvas, leaf, draw);
        return leaf;
    }

    /** Draws content as the one marked content of an element that has no element kids (a table cell). */
    void mark(PdfContentByte canvas, PdfStructureElement leaf, Runnable draw) {
        leaf.put(PdfName.PG, writer.getCurrentPage());
        canvas.beginMarkedContentSequence(leaf);
        draw.run();
        canvas.endMarkedContentSequence();
    }

    /** Draws page furniture that assistive technology skips: page numbers, rules, a repeated table header. */
    static void artifact(PdfContentByte canvas, Furniture kind, Runnable draw) {
        PdfDictionary properties = new PdfDictionary();
        properties.put(PdfName.TYPE, kind == Furniture.LAYOUT ? LAYOUT : PAGINATION);
        if (kind == Furniture.PAGE_NUMBER) {
            properties.put(PdfName.SUBTYPE, new PdfName("Footer"));
        } else if (kind == Furniture.REPEATED_HEADER) {
            properties.put(PdfName.SUBTYPE, new PdfName("Header"));
        }
        canvas.beginMarkedContentSequence(ARTIFACT, properties, true);
        draw.run();
        canvas.endMarkedContentSequence();
    }

    /** A horizontal rule as page furniture (under a letterhead, above the footnotes). */
    static void rule(PdfContentByte canvas, float x1, float x2, float y, float width) {
        artifact(canvas, Furniture.LAYOUT, () -> {
            canvas.setLineWidth(width);
            canvas.moveTo(x1, y);
            canvas.lineTo(x2, y);
            canvas.stroke();
        });
    }

    /**
     * Draws an image (a letterhead logo, a signature) as a Figure with its alternative text, the box it covers
     * on the page given as (x, y) lower left and its size in points. A decorative image with no text to give
     * is drawn with {@link #artifact} instead.
     */
    PdfStructureElement figure(PdfContentByte canvas, PdfStructureElement parent, Image image, float x, float y,
                               float width, float height, String alt) {
        if (alt == null || alt.isBlank()) {
            throw new IllegalArgumentException("a figure needs alternative text; draw a decorative image as an artifact");
        }
        PdfStructureElement figure = element(parent, FIGURE);
        figure.put(PdfName.ALT, new PdfString(alt, PdfObject.TEXT_UNICODE));
        PdfDictionary layout = new PdfDictionary();
        layout.put(PdfName.O, LAYOUT);
        layout.put(PdfName.BBOX, new PdfArray(new float[] {x, y, x + width, y + height}));
        figure.put(PdfName.A, layout);
        mark(canvas, figure, () -> {
            try {
                canvas.addImage(image, width, 0, 0, height, x, y);
            } catch (DocumentException e) {
                throw new IllegalStateException("could not draw the image: " + e.getMessage(), e);
            }
        });
        return figure;
    }

    /** A header cell's scope, so a screen reader announces the column with each cell. */
    static void columnHeader(PdfStructureElement th) {
        PdfDictionary table = new PdfDictionary();
        table.put(PdfName.O, TABLE);
        table.put(new PdfName("Scope"), new PdfName("Column"));
        th.put(PdfName.A, table);
    }

    /** Writes the ID tree (IDs of the Note elements) into the structure tree root; call before the document closes. */
    void finish() {
        if (ids.isEmpty()) {
            return;
        }
        try {
            writer.getStructureTreeRoot().put(new PdfName("IDTree"),
                    writer.addToBody(PdfNameTree.writeTree(ids, writer)).getIndirectReference());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
