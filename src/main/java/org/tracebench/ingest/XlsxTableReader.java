package org.tracebench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.NotOfficeXmlFileException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.Attributes;
import org.xml.sax.ContentHandler;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * The sheets of an XLSX workbook, read with POI's event API (SAX over the sheet XML), so only the
 * current row is in memory whatever the size of the sheet. Cells formatted as dates are handed on as ISO
 * date-times (no zone: spreadsheets have none), other cells as the spreadsheet displays them. A row with
 * more columns, or a cell longer, than the limits below is refused with its sheet row.
 */
final class XlsxTableReader implements TableReader {

    /** The longest cell read: what an Excel cell holds, so only a file not written by Excel passes it. */
    static final int MAX_CELL_CHARS = 32_767;
    /** The most columns a row may use (counting empty ones before the last): as for delimited text. */
    static final int MAX_COLUMNS = DelimitedTableReader.MAX_COLUMNS;

    /** Carries a refusal out of the SAX callbacks, which cannot throw checked exceptions. */
    private static final class Refused extends RuntimeException {
        final TableTooLargeException reason;

        Refused(TableTooLargeException reason) {
            super(null, null, false, false);
            this.reason = reason;
        }
    }

    private final ImportSource source;
    private String encoding = "XLSX";
    private CountingInputStream counter;
    private long earlierSheets;

    XlsxTableReader(ImportSource source) {
        this.source = source;
    }

    /**
     * The most bytes of shared-strings XML read: POI holds the whole table, which takes up to about three
     * times its XML in memory, so an eighth of the heap (and never more than 256 MB) keeps it well inside.
     */
    static long maxSharedStringsBytes() {
        return Math.min(256L << 20, Runtime.getRuntime().maxMemory() / 8);
    }

    @Override
    public void read(RowHandler handler) throws IOException {
        Rows rows = new Rows(handler);
        try (OPCPackage pkg = openPackage()) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = sharedStrings(pkg);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            if (!sheets.hasNext()) {
                throw new IOException("the workbook has no sheet");
            }
            // Every sheet is offered: the handler keeps continuation sheets (same header) and skips the others.
            List<String> names = new ArrayList<>();
            for (int index = 0; sheets.hasNext(); index++) {
                try (InputStream sheet = sheets.next()) {
                    names.add(sheets.getSheetName());
                    encoding = "XLSX, sheet" + (names.size() > 1 ? "s " : " ") + names.stream().map(n -> "\"" + n + "\"")
                            .reduce((a, b) -> a + ", " + b).orElse("");
                    handler.sheet(index, sheets.getSheetName());
                    earlierSheets += counter == null ? 0 : counter.count();
                    counter = new CountingInputStream(sheet);
                    XMLReader parser = XMLHelper.newXMLReader();
                    parser.setContentHandler(new TextBound(new XSSFSheetXMLHandler(styles, null, strings, rows,
                            new IsoDates(), false), rows));
                    parser.parse(new InputSource(counter));
                }
            }
        } catch (Refused e) {
            throw e.reason;
        } catch (TableTooLargeException e) {
            throw e;
        } catch (InvalidFormatException | org.apache.poi.UnsupportedFileFormatException e) {
            throw new IOException(hostile(e).orElse("not an XLSX workbook, or a damaged one (" + e.getMessage() + ")"), e);
        } catch (IOException | OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException(hostile(e).orElse("cannot read the workbook: " + e.getMessage()), e);
        } catch (RuntimeException e) {
            // POI answers some damaged or crafted parts with its own unchecked exceptions (POIXMLException,
            // RecordFormatException, IllegalArgumentException...); to the user they are one more unreadable file.
            throw new IOException(hostile(e).orElse("a damaged XLSX workbook (" + e.getClass().getSimpleName()
                    + (e.getMessage() == null ? "" : ": " + e.getMessage()) + ")"), e);
        }
    }

    /** The shared strings, refused past {@link #maxSharedStringsBytes()} of XML before they fill the heap. */
    private static ReadOnlySharedStringsTable sharedStrings(OPCPackage pkg)
            throws IOException, SAXException, InvalidFormatException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg);
        }
        long limit = maxSharedStringsBytes();
        try (InputStream in = new LimitedStream(parts.get(0).getInputStream(), limit)) {
            return new ReadOnlySharedStringsTable(in, true);
        }
    }

    /** Words for the two attacks POI itself stops, in place of its multi-line notes. */
    private static java.util.Optional<String> hostile(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            String message = t.getMessage() == null ? "" : t.getMessage();
            if (t instanceof TableTooLargeException) {
                return java.util.Optional.of(message);
            }
            if (message.contains("Zip bomb detected")) {
                return java.util.Optional.of("a part of the workbook expands to more than 100 times its packed size "
                        + "(a zip bomb?); not read");
            }
            if (message.contains("DOCTYPE") || message.contains("entity")) {
                return java.util.Optional.of("the workbook's XML declares a DOCTYPE or entities, which spreadsheet "
                        + "programs never write (an XML entity attack?); not read");
            }
        }
        return java.util.Optional.empty();
    }

    /** Stops a stream past a number of bytes, before a part can be held whole. */
    private static final class LimitedStream extends java.io.FilterInputStream {
        private final long limit;
        private long read;

        LimitedStream(InputStream in, long limit) {
            super(in);
            this.limit = limit;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                count(1);
            }
            return b;
        }

        @Override
        public int read(byte[] buffer, int offset, int length) throws IOException {
            int n = super.read(buffer, offset, length);
            if (n > 0) {
                count(n);
            }
            return n;
        }

        private void count(int n) throws TableTooLargeException {
            read += n;
            if (read > limit) {
                throw new TableTooLargeException(0, "the workbook's shared text is larger than "
                        + TableTooLargeException.count(limit >> 20) + " MB, more than is read with this much memory");
            }
        }
    }

    /**
     * Refuses a run of text longer than any cell before POI gathers it whole: the sheet handler collects a
     * cell's text in full and only then hands it on, and a crafted sheet can hold one cell of many megabytes.
     */
    private static final class TextBound implements ContentHandler {
        /** A cell's value and formula (Excel allows 8,192 characters) together, with room to spare. */
        private static final int MAX_CELL_TEXT = MAX_CELL_CHARS + 8_192 + 1_024;
        private final ContentHandler inner;
        private final Rows rows;
        private long run;

        TextBound(ContentHandler inner, Rows rows) {
            this.inner = inner;
            this.rows = rows;
        }

        @Override
        public void characters(char[] ch, int start, int length) throws SAXException {
            run += length;
            if (run > MAX_CELL_TEXT) {
                throw new Refused(TableTooLargeException.cellOver(rows.row, MAX_CELL_CHARS));
            }
            inner.characters(ch, start, length);
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) throws SAXException {
            if ("c".equals(localName) || "row".equals(localName)) {
                run = 0;
            }
            inner.startElement(uri, localName, qName, atts);
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            inner.endElement(uri, localName, qName);
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            inner.setDocumentLocator(locator);
        }

        @Override
        public void startDocument() throws SAXException {
            inner.startDocument();
        }

        @Override
        public void endDocument() throws SAXException {
            inner.endDocument();
        }

        @Override
        public void startPrefixMapping(String prefix, String uri) throws SAXException {
            inner.startPrefixMapping(prefix, uri);
        }

        @Override
        public void endPrefixMapping(String prefix) throws SAXException {
            inner.endPrefixMapping(prefix);
        }

        @Override
        public void ignorableWhitespace(char[] ch, int start, int length) throws SAXException {
            inner.ignorableWhitespace(ch, start, length);
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            inner.processingInstruction(target, data);
        }

        @Override
        public void skippedEntity(String name) throws SAXException {
            inner.skippedEntity(name);
        }
    }

    private OPCPackage openPackage() throws IOException, InvalidFormatException {
        if (source.path() != null) {
            return OPCPackage.open(source.path().toFile(), PackageAccess.READ);
        }
        try (InputStream in = source.open()) {
            return OPCPackage.open(in);
        }
    }

    @Override
    public String encoding() {
        return encoding;
    }

    /** Uncompressed sheet bytes read; callers relate it to the file size only roughly. */
    @Override
    public long bytesRead() {
        return earlierSheets + (counter == null ? 0 : counter.count());
    }

    /** Collects the cells of one row (the event API skips empty cells) and hands on non-blank rows. */
    private static final class Rows implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final RowHandler handler;
        private final List<String> cells = new ArrayList<>();
        private long row;

        Rows(RowHandler handler) {
            this.handler = handler;
        }

        @Override
        public void startRow(int rowNum) {
            // A row numbered 0 or less (r="0": no spreadsheet writes it, a damaged or hand-made file may) is
            // counted as the row after the previous one, so every row the report names is a real row number.
            row = rowNum >= 0 ? rowNum + 1L : row + 1;
            cells.clear();
        }

        @Override
        public void endRow(int rowNum) {
            if (cells.stream().anyMatch(c -> !c.isBlank())) {
                handler.row(row, new ArrayList<>(cells));
            }
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            int column = reference == null ? cells.size() : new CellReference(reference).getCol();
            if (column >= MAX_COLUMNS) {
                throw new Refused(TableTooLargeException.columns(row, column + 1L, MAX_COLUMNS));
            }
            if (formattedValue != null && formattedValue.length() > MAX_CELL_CHARS) {
                throw new Refused(TableTooLargeException.cell(row, formattedValue.length(), MAX_CELL_CHARS));
            }
            while (cells.size() < column) {
                cells.add("");
            }
            cells.add(formattedValue == null ? "" : formattedValue);
        }
    }

    /** Date-formatted numbers become ISO text so that no locale's display format has to be guessed. */
    private static final class IsoDates extends DataFormatter {
        private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

        @Override
        public String formatRawCellContents(double value, int formatIndex, String formatString, boolean use1904) {
            if (DateUtil.isADateFormat(formatIndex, formatString) && DateUtil.isValidExcelDate(value)) {
                LocalDateTime at = DateUtil.getLocalDateTime(value, use1904, true).truncatedTo(ChronoUnit.SECONDS);
                return value == Math.floor(value) ? at.toLocalDate().toString() : DATE_TIME.format(at);
            }
            return super.formatRawCellContents(value, formatIndex, formatString, use1904);
        }
    }
}
