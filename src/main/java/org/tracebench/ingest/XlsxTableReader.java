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
import org.xml.sax.InputSource;
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

    @Override
    public void read(RowHandler handler) throws IOException {
        try (OPCPackage pkg = openPackage()) {
            XSSFReader reader = new XSSFReader(pkg);
            StylesTable styles = reader.getStylesTable();
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
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
                    parser.setContentHandler(new XSSFSheetXMLHandler(styles, null, strings, new Rows(handler),
                            new IsoDates(), false));
                    parser.parse(new InputSource(counter));
                }
            }
        } catch (Refused e) {
            throw e.reason;
        } catch (NotOfficeXmlFileException | InvalidFormatException e) {
            throw new IOException("not an XLSX workbook (" + e.getMessage() + ")", e);
        } catch (OpenXML4JException | SAXException | ParserConfigurationException e) {
            throw new IOException("cannot read the workbook: " + e.getMessage(), e);
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
            row = rowNum + 1L;
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
