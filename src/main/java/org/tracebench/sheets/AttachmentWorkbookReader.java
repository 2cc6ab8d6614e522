package org.tracebench.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.ooxml.POIXMLProperties;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.poifs.filesystem.FileMagic;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.xmlbeans.XmlException;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.model.TracedCall;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;

/**
 * Reads an attachment table back from a workbook into traced calls, through the same row rules as every
 * other import (the importer's, handed in as {@link RowRules}): what {@link AttachmentWorkbookWriter} wrote
 * comes back as the same data, and tables saved by other programs (other header wordings, dates as real
 * cells or as text, phone numbers stored as numbers) are read too. Formulas are never evaluated; their last
 * saved result is read. An .xlsx file is streamed (SAX), so a million-row table needs no large heap when
 * the calls are consumed one by one; .xls files and streams are read whole.
 */
public final class AttachmentWorkbookReader {

    /**
     * How the text of a row's Attachment A cells becomes a call. Reading text is the importer's business
     * (ingest.AttachmentRows::toCall); it is handed in so that the workbook package does not depend on the
     * importer. Throws IllegalArgumentException naming the column on a bad cell.
     */
    @FunctionalInterface
    public interface RowRules {
        TracedCall toCall(long caseId, Map<AttachmentColumn, String> cells);
    }

    private final RowRules rules;

    public AttachmentWorkbookReader(RowRules rules) {
        this.rules = rules;
    }

    /** Every call of the workbook's attachment sheets, in order. */
    public List<TracedCall> read(Path file, long caseId) throws IOException {
        List<TracedCall> calls = new ArrayList<>();
        read(file, caseId, calls::add);
        return calls;
    }

    /** Hands each call to {@code sink} as it is read; nothing else is kept. */
    public void read(Path file, long caseId, Consumer<TracedCall> sink) throws IOException {
        String source = file.getFileName().toString();
        if (isOoxml(file)) {
            readStreaming(file, source, caseId, sink);
        } else {
            try (InputStream in = Files.newInputStream(file)) {
                readWhole(in, source, caseId, sink);
            }
        }
    }

    private static boolean isOoxml(Path file) throws IOException {
        try {
            return FileMagic.valueOf(file.toFile()) == FileMagic.OOXML;
        } catch (RuntimeException e) {
            return false; // an empty or unreadable header: the whole-file path reports it clearly
        }
    }

    /** Reads a workbook from a stream (held in memory); {@code source} names it in error messages. */
    public List<TracedCall> read(InputStream in, String source, long caseId) throws IOException {
        List<TracedCall> calls = new ArrayList<>();
        readWhole(in, source, caseId, calls::add);
        return calls;
    }

    private void readWhole(InputStream in, String source, long caseId, Consumer<TracedCall> sink) throws IOException {
        try (Workbook workbook = open(in, source)) {
            Map<String, AttachmentField> renamed = workbook instanceof org.apache.poi.xssf.usermodel.XSSFWorkbook xssf
                    ? renamedHeaders(xssf.getProperties()) : Map.of();
            List<Sheet> sheets = new ArrayList<>();
            for (Sheet sheet : workbook) {
                if (isTableSheet(sheet.getSheetName())) {
                    sheets.add(sheet);
                }
            }
            if (sheets.isEmpty() && workbook.getNumberOfSheets() > 0) {
                sheets.add(workbook.getSheetAt(0));
            }
            for (Sheet sheet : sheets) {
                AttachmentTableParser parser = new AttachmentTableParser(where(source, sheet.getSheetName()), caseId,
                        renamed, sink, rules);
                for (Row row : sheet) {
                    Map<Integer, String> cells = new HashMap<>();
                    for (Cell cell : row) {
                        cells.put(cell.getColumnIndex(), CellText.of(cell));
                    }
                    parser.row(row.getRowNum(), cells);
                }
                parser.finish();
            }
        }
    }

    private void readStreaming(Path file, String source, long caseId, Consumer<TracedCall> sink)
            throws IOException {
        try (OPCPackage pkg = OPCPackage.open(file.toFile(), PackageAccess.READ)) {
            Map<String, AttachmentField> renamed = renamedHeaders(new POIXMLProperties(pkg));
            XSSFReader reader = new XSSFReader(pkg);
            ReadOnlySharedStringsTable strings = new ReadOnlySharedStringsTable(pkg);
            // Without attachment sheets, the first sheet is read (a table saved by another program).
            boolean onlyFirst = !hasTableSheet(reader);
            XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
            boolean first = true;
            while (sheets.hasNext()) {
                try (InputStream sheet = sheets.next()) {
                    String name = sheets.getSheetName();
                    if (onlyFirst ? first : isTableSheet(name)) {
                        AttachmentTableParser parser = new AttachmentTableParser(where(source, name), caseId, renamed, sink, rules);
                        parse(reader, strings, sheet, parser);
                        parser.finish();
                    }
                    first = false;
                }
            }
        } catch (OpenXML4JException | SAXException | ParserConfigurationException | XmlException
                 | org.apache.poi.openxml4j.exceptions.InvalidOperationException e) {
            throw new SheetReadException(source + ": not a workbook Tracebench can read (.xlsx or .xls): "
                    + e.getMessage(), e);
        }
    }

    private static boolean hasTableSheet(XSSFReader reader) throws IOException, OpenXML4JException {
        XSSFReader.SheetIterator sheets = (XSSFReader.SheetIterator) reader.getSheetsData();
        boolean found = false;
        while (sheets.hasNext()) {
            try (InputStream ignored = sheets.next()) {
                found |= isTableSheet(sheets.getSheetName());
            }
        }
        return found;
    }

    private static void parse(XSSFReader reader, ReadOnlySharedStringsTable strings, InputStream sheet,
            AttachmentTableParser parser) throws IOException, SAXException, ParserConfigurationException, OpenXML4JException {
        XMLReader xml = XMLHelper.newXMLReader();
        xml.setContentHandler(new XSSFSheetXMLHandler(reader.getStylesTable(), null, strings, new RowCollector(parser),
                new CellText.Formatter(), false));
        xml.parse(new InputSource(sheet));
    }

    /** Gathers each streamed row's cells and hands the row to the parser. */
    private static final class RowCollector implements XSSFSheetXMLHandler.SheetContentsHandler {
        private final AttachmentTableParser parser;
        private Map<Integer, String> cells = new HashMap<>();
        private int lastColumn = -1;

        RowCollector(AttachmentTableParser parser) {
            this.parser = parser;
        }

        @Override
        public void startRow(int rowNum) {
            cells = new HashMap<>();
            lastColumn = -1;
        }

        @Override
        public void endRow(int rowNum) {
            parser.row(rowNum, cells);
        }

        @Override
        public void cell(String reference, String formattedValue, XSSFComment comment) {
            // Some writers leave out the cell reference; the cell then follows the previous one.
            int column = reference == null ? lastColumn + 1 : new CellReference(reference).getCol();
            lastColumn = column;
            cells.put(column, formattedValue == null ? "" : formattedValue);
        }
    }

    private static Workbook open(InputStream in, String source) {
        try {
            return WorkbookFactory.create(in);
        } catch (IOException | RuntimeException e) {
            throw new SheetReadException(source + ": not a workbook Tracebench can read (.xlsx or .xls): "
                    + e.getMessage(), e);
        }
    }

    private static boolean isTableSheet(String name) {
        return name.toLowerCase(Locale.ROOT).startsWith("attachment");
    }

    private static String where(String source, String sheetName) {
        return source + ", sheet \"" + sheetName + "\"";
    }

    /** Headers the user renamed on export, from the layout the writer stored in the document properties. */
    private static Map<String, AttachmentField> renamedHeaders(POIXMLProperties properties) {
        Map<String, AttachmentField> renamed = new HashMap<>();
        CTProperty property = properties.getCustomProperties().getProperty(AttachmentWorkbookWriter.COLUMNS_PROPERTY);
        if (property != null && property.isSetLpwstr()) {
            try {
                for (ColumnSpec column : ColumnLayout.parse(property.getLpwstr()).columns()) {
                    renamed.put(AttachmentField.fold(column.header()), column.field());
                }
            } catch (IllegalArgumentException e) {
                // A layout we cannot parse (e.g. from a newer version): fall back to matching headers.
            }
        }
        return renamed;
    }
}
