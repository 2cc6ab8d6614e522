package org.tracebench.ui.calls;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.ColumnMappings;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportReport;
import org.tracebench.ingest.ImportSource;
import org.tracebench.ingest.OnDuplicate;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.ui.calls.ImportReportViewModel.Line;
import org.tracebench.ui.calls.ImportReportViewModel.Section;
import org.tracebench.work.Progress;

/** The report and mapping view models, without the toolkit. */
class ImportReportViewModelTest {

    @TempDir
    Path dir;
    Workbench workbench;

    @BeforeEach
    void open() {
        workbench = Workbench.open(DatabaseLocation.inDirectory(dir.resolve("db")));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private ImportReport dryRun(String text) {
        return workbench.importer().run(ImportSource.ofText("calls.csv", text), ImportOptions.forCase(null).withDryRun(true),
                Progress.NONE);
    }

    @Test
    void errorsAreLinesWithRowColumnValueAndReasonThatFilterCopyAndSave() throws Exception {
        ImportReport report = dryRun("Customer,Date of Call,Caller ID\nAcme,2021-09-01 10:00,2025550100\n"
                + "Beta,Sep 31 2021 25:99,\nGamma,yesterday,\n");
        ImportReportViewModel model = new ImportReportViewModel(report, OnDuplicate.SKIP);

        assertThat(model.canImport()).isFalse();
        assertThat(model.counts()).extracting(ImportReportViewModel.Count::label, ImportReportViewModel.Count::value)
                .startsWith(org.assertj.core.groups.Tuple.tuple("Read", 3L))
                .contains(org.assertj.core.groups.Tuple.tuple("Errors", 2L));
        assertThat(model.sections()).startsWith(Section.ERRORS);
        assertThat(model.tabTitle(Section.ERRORS)).isEqualTo("Errors (2)");
        List<Line> errors = model.lines(Section.ERRORS);
        assertThat(errors).extracting(Line::row, Line::column, Line::value)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3L, "Date of Call", "Sep 31 2021 25:99"),
                        org.assertj.core.groups.Tuple.tuple(4L, "Date of Call", "yesterday"));
        assertThat(model.filtered(Section.ERRORS, "YESTER")).extracting(Line::row).containsExactly(4L);
        assertThat(model.filtered(Section.ERRORS, "3")).extracting(Line::row).containsExactly(3L);
        assertThat(model.filtered(Section.ERRORS, " ")).hasSize(2);

        String tsv = ImportReportViewModel.tsv(Section.ERRORS, errors.subList(1, 2));
        assertThat(tsv.lines().toList()).hasSize(2);
        assertThat(tsv.lines().toList().get(0)).isEqualTo("Row\tColumn\tValue\tResult\tReason");
        assertThat(tsv.lines().toList().get(1)).startsWith("4\tDate of Call\tyesterday\t\t");

        Path csv = dir.resolve(model.suggestedFileName(Section.ERRORS));
        assertThat(csv.getFileName().toString()).isEqualTo("calls-errors.csv");
        ImportReportViewModel.writeCsv(csv, Section.ERRORS, errors);
        List<CSVRecord> records = CSVFormat.DEFAULT.parse(Files.newBufferedReader(csv)).getRecords();
        assertThat(records).hasSize(3);
        assertThat(records.get(1).get(0)).isEqualTo("3");
        assertThat(records.get(1).get(2)).isEqualTo("Sep 31 2021 25:99");
        assertThat(records.get(2).get(4)).isEqualTo(errors.get(1).reason());
    }

    @Test
    void aCleanDryRunOffersTheImportWithTheProposalsTickedAndThePolicyChosen() {
        workbench.importer().run(ImportSource.ofText("first.csv", "Customer,Date of Call,Description\nAcme,2021-09-01 10:00,Arrest Warrant Scam\n"),
                ImportOptions.forCase(null), Progress.NONE);
        ImportReport report = dryRun("Customer,Date of Call,Description\nBeta,2021-09-02 10:00,Arrest Warant Scam\n");
        ImportReportViewModel model = new ImportReportViewModel(report, OnDuplicate.SKIP);
        assertThat(model.canImport()).isTrue();
        assertThat(model.importLabel()).isEqualTo("Import 1 call");
        assertThat(model.lines(Section.COLUMNS)).extracting(Line::column, Line::detail)
                .contains(org.assertj.core.groups.Tuple.tuple("Date of Call", "Date of Call"));
        ImportOptions options = ImportOptions.forCase(null).withDryRun(true);
        assertThat(model.lines(Section.PROPOSALS)).extracting(Line::value, Line::detail)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Arrest Warant Scam", "Arrest Warrant Scam"));
        assertThat(model.optionsToImport(options).acceptedCampaigns()).isEmpty();
        model.accept("Arrest Warant Scam", true);
        assertThat(model.optionsToImport(options).acceptedCampaigns()).containsEntry("Arrest Warant Scam", "Arrest Warrant Scam");
        model.policy(OnDuplicate.UPDATE);
        ImportOptions chosen = model.optionsToImport(options);
        assertThat(chosen.dryRun()).isFalse();
        assertThat(chosen.onDuplicate()).isEqualTo(OnDuplicate.UPDATE);
    }

    @Test
    void theMappingStepAsksForWhatTheImportNeedsAndMapsOnlyWhatDepartsFromRecognition() {
        ColumnMappings.Preview preview = new ColumnMappings.Preview(null, List.of(
                new ColumnMappings.FileColumn("Originator", null, List.of("Acme", "Beta")),
                new ColumnMappings.FileColumn("Date of Call", AttachmentColumn.CALL_TIME, List.of("2021-09-01 10:00")),
                new ColumnMappings.FileColumn("Notes", null, List.of())), null);
        ColumnMappingViewModel model = new ColumnMappingViewModel(preview, Optional.empty());
        assertThat(model.prefilled()).isFalse();
        assertThat(model.rows()).extracting(ColumnMappingViewModel.Row::choice).containsExactly(null, AttachmentColumn.CALL_TIME, null);
        assertThat(model.rows().get(0).valuesText()).contains("Acme").contains("Beta");
        assertThat(model.problem()).isEqualTo("Choose the column that holds Customer.");

        model.choose(0, AttachmentColumn.CUSTOMER);
        model.choose(2, AttachmentColumn.CUSTOMER);
        assertThat(model.problem()).contains("Customer is chosen for \"Originator\" and \"Notes\"");
        model.choose(2, null);
        assertThat(model.problem()).isEmpty();
        assertThat(model.columnMap()).isEqualTo(Map.of("Originator", "Customer"));

        ColumnMappings.Remembered remembered = new ColumnMappings.Remembered(Map.of("originator", AttachmentColumn.CUSTOMER,
                "note", AttachmentColumn.VIOLATION), "alice", java.time.Instant.parse("2026-11-30T14:02:00Z"));
        ColumnMappingViewModel again = new ColumnMappingViewModel(preview, Optional.of(remembered));
        assertThat(again.prefilled()).isTrue();
        assertThat(again.intro()).contains("2026-11-30 14:02 UTC by alice");
        assertThat(again.rows()).extracting(ColumnMappingViewModel.Row::choice)
                .containsExactly(AttachmentColumn.CUSTOMER, AttachmentColumn.CALL_TIME, AttachmentColumn.VIOLATION);
    }
}
