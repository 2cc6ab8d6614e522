package org.tracebench.sheets;

import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.openxmlformats.schemas.officeDocument.x2006.customProperties.CTProperty;
import org.tracebench.ingest.AttachmentColumn;
import org.tracebench.ingest.AttachmentRows;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;

/**
 * Reads an attachment table back from a workbook into traced calls, through the same row rules as every
 * other import ({@link AttachmentRows}): what {@link AttachmentWorkbookWriter} wrote comes back as the same
 * data, and tables saved by other programs (other header wordings in the letter's columns, dates as real
 * cells or as text, phone numbers stored as numbers) are read too. Formulas are never evaluated; their last
 * saved result is read as a value.
 */
public final class AttachmentWorkbookReader {

    /** How far down a sheet the header row is looked for (title rows come first). */
    private static final int HEADER_SEARCH_ROWS = 30;

    public List<TracedCall> read(Path file, long caseId) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return read(in, file.getFileName().toString(), caseId);
        }
    }

    /** {@code source} names the workbook in error messages. */
    public List<TracedCall> read(InputStream in, String source, long caseId) throws IOException {
        try (Workbook workbook = open(in, source)) {
            Map<String, AttachmentField> renamed = renamedHeaders(workbook);
            List<Sheet> sheets = tableSheets(workbook);
            List<TracedCall> calls = new ArrayList<>();
            for (Sheet sheet : sheets) {
                readSheet(sheet, source, caseId, renamed, calls);
            }
            return calls;
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

    private void readSheet(Sheet sheet, String source, long caseId, Map<String, AttachmentField> renamed,
            List<TracedCall> calls) {
        String where = source + ", sheet \"" + sheet.getSheetName() + "\"";
        HeaderMatch header = findHeader(sheet, renamed)
                .orElseThrow(() -> new SheetReadException(where + ": no header row with the Attachment A columns ("
                        + "Customer, Date of ITG Notification, Date of Call, ...) in its first " + HEADER_SEARCH_ROWS + " rows"));
        for (int r = header.row() + 1; r <= sheet.getLastRowNum(); r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<AttachmentField, String> values = new EnumMap<>(AttachmentField.class);
            boolean any = false;
            for (Map.Entry<Integer, AttachmentField> column : header.columns().entrySet()) {
                String value = text(row.getCell(column.getKey()));
                any |= !value.isBlank();
                values.put(column.getValue(), value);
            }
            if (!any) {
                continue;
            }
            try {
                calls.add(toCall(caseId, values));
            } catch (IllegalArgumentException e) {
                throw new SheetReadException(where + ", row " + (r + 1) + ": " + e.getMessage(), e);
            }
        }
    }

    private static TracedCall toCall(long caseId, Map<AttachmentField, String> values) {
        Map<AttachmentColumn, String> cells = new EnumMap<>(AttachmentColumn.class);
        values.forEach((field, value) -> field.attachmentColumn().ifPresent(column -> cells.put(column, value)));
        TracedCall call = AttachmentRows.toCall(caseId, cells);
        String tracebackId = blankToNull(values.get(AttachmentField.TRACEBACK_ID));
        ResponseStatus response = call.response();
        String responseText = values.get(AttachmentField.RESPONSE);
        if (responseText != null && !responseText.isBlank()) {
            response = CallCells.parseResponse(responseText);
            if (response == null) {
                throw new IllegalArgumentException(AttachmentField.RESPONSE.defaultHeader() + ": unknown response \""
                        + responseText.strip() + "\"");
            }
        }
        return new TracedCall(0, caseId, tracebackId, call.callTimeUtc(), call.callerId(), call.calledNumber(),
                call.campaign(), call.violation(), call.notifications(), response, call.customers(),
                call.customerAsWritten(), call.description());
    }

    private record HeaderMatch(int row, Map<Integer, AttachmentField> columns) {
    }

    /** The first row naming at least two known columns (a lone "Customer" cell may be a title). */
    private static Optional<HeaderMatch> findHeader(Sheet sheet, Map<String, AttachmentField> renamed) {
        int last = Math.min(sheet.getLastRowNum(), sheet.getFirstRowNum() + HEADER_SEARCH_ROWS);
        for (int r = Math.max(0, sheet.getFirstRowNum()); r <= last; r++) {
            Row row = sheet.getRow(r);
            if (row == null) {
                continue;
            }
            Map<Integer, AttachmentField> columns = new HashMap<>();
            for (Cell cell : row) {
                String text = text(cell).strip();
                if (text.isEmpty()) {
                    continue;
                }
                AttachmentField field = renamed.get(AttachmentField.fold(text));
                if (field == null) {
                    field = AttachmentField.find(text).orElse(null);
                }
                if (field != null && !columns.containsValue(field)) {
                    columns.put(cell.getColumnIndex(), field);
                }
            }
            if (columns.size() >= 2) {
                return Optional.of(new HeaderMatch(r, columns));
            }
        }
        return Optional.empty();
    }

    /** Headers the user renamed on export, from the layout the writer stored in the document properties. */
    private static Map<String, AttachmentField> renamedHeaders(Workbook workbook) {
        Map<String, AttachmentField> renamed = new HashMap<>();
        if (workbook instanceof XSSFWorkbook xssf) {
            CTProperty property = xssf.getProperties().getCustomProperties()
                    .getProperty(AttachmentWorkbookWriter.COLUMNS_PROPERTY);
            if (property != null && property.isSetLpwstr()) {
                try {
                    for (ColumnSpec column : ColumnLayout.parse(property.getLpwstr()).columns()) {
                        renamed.put(AttachmentField.fold(column.header()), column.field());
                    }
                } catch (IllegalArgumentException e) {
                    // A layout we cannot parse (e.g. from a newer version): fall back to matching headers.
                }
            }
        }
        return renamed;
    }

    /** The attachment sheets in order ("Attachment A", "Attachment A (2)", ...), or else the first sheet. */
    private static List<Sheet> tableSheets(Workbook workbook) {
        List<Sheet> sheets = new ArrayList<>();
        for (Sheet sheet : workbook) {
            if (sheet.getSheetName().toLowerCase(java.util.Locale.ROOT).startsWith("attachment")) {
                sheets.add(sheet);
            }
        }
        if (sheets.isEmpty() && workbook.getNumberOfSheets() > 0) {
            sheets.add(workbook.getSheetAt(0));
        }
        return sheets;
    }

    /** A cell as text: dates in ISO 8601 UTC, whole numbers without ".0", formulas by their saved result. */
    static String text(Cell cell) {
        if (cell == null) {
            return "";
        }
        CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
        return switch (type) {
            case STRING -> cell.getRichStringCellValue().getString();
            case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? iso(cell.getLocalDateTimeCellValue()) : number(cell.getNumericCellValue());
            case BOOLEAN -> Boolean.toString(cell.getBooleanCellValue()).toUpperCase(java.util.Locale.ROOT);
            default -> "";
        };
    }

    private static String iso(LocalDateTime value) {
        return value.atOffset(ZoneOffset.UTC).toInstant().toString();
    }

    private static String number(double value) {
        return new BigDecimal(Double.toString(value)).stripTrailingZeros().toPlainString();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
