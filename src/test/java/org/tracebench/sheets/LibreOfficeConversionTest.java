package org.tracebench.sheets;

import org.tracebench.RealComponents;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.TimestampParser;
import org.tracebench.model.CaseFile;
import org.tracebench.model.TracedCall;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.work.Progress;

/**
 * LibreOffice opens our workbooks without complaint and sees the same cells: checked by headless
 * conversion. Runs when soffice is on the PATH, otherwise skipped.
 */
class LibreOfficeConversionTest {

    @TempDir
    Path dir;

    static Path soffice;

    @BeforeAll
    static void findLibreOffice() {
        Optional<Path> found = LibreOffice.find();
        RealComponents.require(found.isPresent(), "LibreOffice (soffice) is not on the PATH");
        soffice = found.get();
    }

    @Test
    void pzIllumConvertsToCsvWithTheReferenceCells() throws Exception {
        Path xlsx = dir.resolve("pz-illum.xlsx");
        try (Database database = Database.open(DatabaseLocation.inDirectory(dir.resolve("db")))) {
            new Workbench(database).samples().load();
            CaseFile pz = new CaseRepository(database).findByKey(ReferenceAttachment.CASE_KEY).orElseThrow();
            new Workbench(database).attachmentExporter().export(pz.id(), ColumnLayout.attachmentA(), xlsx, Progress.NONE);
        }
        List<CSVRecord> csv = csv(LibreOffice.convert(soffice, xlsx, LibreOffice.CSV_FILTER, "csv", dir.resolve("csv")));
        List<CSVRecord> reference = ReferenceAttachment.rows();
        assertThat(csv.get(0).get(0)).isEqualTo("Attachment A: PZ/Illum cease-and-desist (2021)");
        assertThat(csv.get(2).toList()).containsExactly("Customer", "Date of ITG Notification (UTC)", "Date of Call (UTC)",
                "Caller ID", "Called Number", "Description", "Violation");
        List<CSVRecord> data = csv.subList(AttachmentTableWriter.FIRST_DATA_ROW, csv.size());
        assertThat(data).hasSize(78);
        for (int i = 0; i < 78; i++) {
            CSVRecord expected = reference.get(i);
            CSVRecord actual = data.get(i);
            String where = "row " + (i + 1);
            assertThat(actual.get(0)).as(where).isEqualTo(expected.get("Customer").strip());
            assertThat(TimestampParser.parseAll(actual.get(1).replace('\n', ' '))).as(where)
                    .isEqualTo(TimestampParser.parseAll(expected.get("Date of ITG Notification")));
            assertThat(TimestampParser.parseOne(actual.get(2))).as(where)
                    .isEqualTo(TimestampParser.parseOne(expected.get("Date of Call")));
            assertThat(actual.get(3)).as(where).isEqualTo(ReferenceAttachment.get(expected, "Caller ID").strip());
            assertThat(actual.get(4)).as(where).isEqualTo(ReferenceAttachment.get(expected, "Called Number").strip());
            assertThat(actual.get(5)).as(where).isEqualTo(expected.get("Description").strip());
            assertThat(actual.get(6)).as(where).isEqualTo(expected.get("Violation").strip());
        }
    }

    @Test
    void formulaLookalikesStayTextInLibreOffice() throws Exception {
        List<TracedCall> calls = new ArrayList<>();
        for (int i = 0; i < AttachmentWorkbookWriterTest.RISKY.size(); i++) {
            calls.add(Calls.call(i + 1, AttachmentWorkbookWriterTest.RISKY.get(i)));
        }
        Path xlsx = dir.resolve("risky.xlsx");
        Files.write(xlsx, AttachmentWorkbookWriterTest.write(new AttachmentWorkbookWriter(),
                AttachmentWorkbookWriterTest.export(ColumnLayout.attachmentA()), calls));

        List<CSVRecord> csv = csv(LibreOffice.convert(soffice, xlsx, LibreOffice.CSV_FILTER, "csv", dir.resolve("csv")));
        for (int i = 0; i < calls.size(); i++) {
            // Shown exactly as stored: an evaluated HYPERLINK would show "x", a number would lose its "+".
            assertThat(csv.get(AttachmentTableWriter.FIRST_DATA_ROW + i).get(3))
                    .isEqualTo(AttachmentWorkbookWriterTest.RISKY.get(i));
        }

        // Saved again by LibreOffice as .xlsx, the cells are still strings, not formulas.
        Path resaved = LibreOffice.convert(soffice, xlsx, "xlsx:Calc MS Excel 2007 XML", "xlsx", dir.resolve("resaved"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(resaved))) {
            Sheet sheet = workbook.getSheet(AttachmentWorkbookWriter.TABLE_SHEET);
            for (int i = 0; i < calls.size(); i++) {
                Cell cell = sheet.getRow(AttachmentTableWriter.FIRST_DATA_ROW + i).getCell(3);
                assertThat(cell.getCellType()).as(AttachmentWorkbookWriterTest.RISKY.get(i)).isEqualTo(CellType.STRING);
                assertThat(cell.getStringCellValue()).isEqualTo(AttachmentWorkbookWriterTest.RISKY.get(i));
            }
        }
    }

    static List<CSVRecord> csv(Path file) throws Exception {
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.DEFAULT.parse(reader).getRecords();
        }
    }
}
