package org.tracebench.sheets;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import org.junit.jupiter.api.BeforeEach;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CancellationException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.work.Progress;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class AttachmentExporterTest {

    @Parameter
    Store store;
    DatabaseLocation location;

    @TempDir
    Path dir;

    @BeforeEach
    void freshStore() {
        location = store.freshLocation(dir);
    }

    @Test
    void aCancelledExportLeavesTheExistingFileAndNoPartialFile() throws Exception {
        try (Database database = Database.open(location)) {
            new Workbench(database).samples().load();
            CaseFile pz = new CaseRepository(database).findByKey(ReferenceAttachment.CASE_KEY).orElseThrow();
            Path out = Files.createDirectories(dir.resolve("out")).resolve("pz.xlsx");
            Files.writeString(out, "the previous export");
            assertThatThrownBy(() -> new Workbench(database).attachmentExporter().export(pz.id(), ColumnLayout.attachmentA(), out,
                    new RecordingProgress(0))).isInstanceOf(CancellationException.class);
            assertThat(out).hasContent("the previous export");
            try (var files = Files.list(out.getParent())) {
                assertThat(files).containsExactly(out);
            }
        }
    }

    @Test
    void aLongCaseTitleIsShortenedInThePageHeaderOnly() throws Exception {
        try (Database database = Database.open(location)) {
            String title = "A & B ".repeat(60).strip();
            CaseFile caseFile = new CaseRepository(database).insert(new CaseFile(0, "long", title, null, null, null,
                    null, null, null, null, null, null, false));
            Path out = dir.resolve("long.xlsx");
            new Workbench(database).attachmentExporter().export(caseFile.id(), ColumnLayout.attachmentA(), out, Progress.NONE);
            try (XSSFWorkbook workbook = new XSSFWorkbook(Files.newInputStream(out))) {
                assertThat(workbook.getSheetAt(0).getRow(0).getCell(0).getStringCellValue()).isEqualTo("Attachment A: " + title);
                String header = workbook.getSheetAt(0).getHeader().getLeft();
                assertThat(header.length()).isLessThan(255);
                assertThat(header).startsWith("Attachment A: A && B").endsWith("\u2026");
            }
        }
    }

    @Test
    void anUnknownCaseIsRefused() {
        try (Database database = Database.open(location)) {
            assertThatThrownBy(() -> new Workbench(database).attachmentExporter().export(999, ColumnLayout.attachmentA(),
                    dir.resolve("x.xlsx"), Progress.NONE)).hasMessage("No case with id 999");
            assertThat(dir.resolve("x.xlsx")).doesNotExist();
        }
    }
}
