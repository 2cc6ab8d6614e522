package org.tracebench.ingest;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.calltable.AttachmentColumn;

/** The mapping step's service: first values of every column, and mappings remembered per set of headers. */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class ColumnMappingsTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir));
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void thePreviewShowsEveryColumnWithItsFirstNonEmptyValues() throws Exception {
        Path file = dir.resolve("calls.csv");
        Files.writeString(file, "Report of 2021\nOriginator,Date of Call,Notes\n"
                + "Acme,2021-09-01 10:00,\nBeta,2021-09-01 11:00,first\n,2021-09-01 12:00,second\n"
                + "Gamma,2021-09-01 13:00,\nDelta,2021-09-01 14:00,\nEpsilon,2021-09-01 15:00,\nZeta,2021-09-01 16:00,\n");
        ColumnMappings.Preview preview = workbench.columnMappings().preview(ImportSource.of(file), null);

        assertThat(preview.problem()).isNull();
        assertThat(preview.headers()).containsExactly("Originator", "Date of Call", "Notes");
        assertThat(preview.columns()).extracting(ColumnMappings.FileColumn::recognised)
                .containsExactly(null, AttachmentColumn.CALL_TIME, null);
        assertThat(preview.columns().get(0).values()).containsExactly("Acme", "Beta", "Gamma", "Delta", "Epsilon");
        assertThat(preview.columns().get(2).values()).containsExactly("first", "second");
        assertThat(preview.needsMapping()).isTrue();
    }

    @Test
    void aConfirmedMappingIsFoundAgainForTheSameHeadersHoweverSpeltOrOrdered() {
        ColumnMappings mappings = workbench.columnMappings();
        List<String> headers = List.of("Originator", "Date of Call", "Notes");
        assertThat(mappings.find(headers)).isEmpty();

        mappings.remember(headers, Map.of("Originator", "Customer"));

        List<String> again = List.of("date_of_call", "NOTES:", "originator ");
        assertThat(ColumnMappings.fingerprint(again)).isEqualTo(ColumnMappings.fingerprint(headers));
        ColumnMappings.Remembered remembered = mappings.find(again).orElseThrow();
        assertThat(remembered.choiceFor("originator ")).contains(java.util.Optional.of(AttachmentColumn.CUSTOMER));
        assertThat(remembered.choiceFor("NOTES:")).contains(java.util.Optional.empty());
        assertThat(remembered.columnMapFor(again)).containsExactly(Map.entry("originator", "Customer"));
        assertThat(mappings.find(List.of("Originator", "Date of Call"))).isEmpty();

        // Confirmed again otherwise: the newer choice replaces the older one.
        mappings.remember(headers, Map.of("Notes", "Description"));
        assertThat(mappings.find(headers).orElseThrow().columnMapFor(headers)).containsExactly(Map.entry("Notes", "Description"));
    }

    @Test
    void onlyChoicesThatDepartFromRecognitionEnterTheColumnMap() {
        Map<String, AttachmentColumn> choices = new java.util.LinkedHashMap<>();
        choices.put("Date of Call", AttachmentColumn.CALL_TIME);
        choices.put("Customer", null);
        choices.put("Who", AttachmentColumn.CUSTOMER);
        assertThat(ColumnMappings.columnMap(choices)).containsExactly(Map.entry("Customer", "ignore"),
                Map.entry("Who", "Customer"));
    }
}
