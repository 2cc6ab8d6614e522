package org.tracebench.ingest;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Hop;
import org.tracebench.model.HopRole;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;
import org.tracebench.work.Progress;

/**
 * The done-when of issue 3: the FCC's Attachment A (78 rows) pasted as text, saved by LibreOffice as XLSX
 * with date cells, and saved as CSV with other header wording and column order, all import to the same
 * 78 calls, with the values the letter prints.
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class ReferenceAttachmentImportTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;
    Importer importer;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir));
        importer = workbench.importer();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    static String resource(String name) throws IOException {
        try (InputStream in = ReferenceAttachmentImportTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    static Path copy(String name, Path dir) throws IOException {
        Path target = dir.resolve(name);
        try (InputStream in = ReferenceAttachmentImportTest.class.getResourceAsStream(name)) {
            Files.copy(in, target);
        }
        return target;
    }

    private CaseFile newCase(String key) {
        Provider target = workbench.providers().findByName("PZ/Illum Telecommunication Telecommunication LLC")
                .orElseGet(() -> workbench.providers().insert(Provider.named("PZ/Illum Telecommunication Telecommunication LLC"), false));
        return workbench.cases().insert(new CaseFile(0, key, "Test " + key, target.id(), null, null, null, null, null,
                null, null, null, false));
    }

    private List<TracedCall> importInto(CaseFile caseFile, ImportSource source) {
        ImportReport report = importer.run(source, ImportOptions.forCase(caseFile.id()), Progress.NONE);
        assertThat(report.errors()).as(report.render()).isEmpty();
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.WRITTEN);
        assertThat(report.callsWritten()).isEqualTo(78);
        return workbench.calls().findByCase(caseFile.id());
    }

    @Test
    void pastedAttachmentImportsTo78CallsWithEveryValueRight() throws IOException {
        CaseFile caseFile = newCase("pasted");
        ImportReport preview = importer.run(ImportSource.ofText("pasted text", resource("attachment-a-pasted.txt")),
                ImportOptions.forCase(caseFile.id()).withDryRun(true), Progress.NONE);
        assertThat(preview.outcome()).isEqualTo(ImportReport.Outcome.PREVIEW);
        assertThat(preview.rowsRead()).isEqualTo(78);
        assertThat(workbench.calls().countByCase(caseFile.id())).isZero();
        assertThat(preview.normalizationCounts()).containsEntry(NormalizationKind.NO_RESPONSE_STATUS, 11L)
                .containsEntry(NormalizationKind.SEVERAL_NAMES, 1L).containsKey(NormalizationKind.SEVERAL_TIMESTAMPS);

        List<TracedCall> calls = importInto(caseFile, ImportSource.ofText("pasted text", resource("attachment-a-pasted.txt")));
        assertThat(calls).hasSize(78);

        TracedCall first = calls.get(0);
        assertThat(first.customers()).isEmpty();
        assertThat(first.response()).isEqualTo(ResponseStatus.NO_RESPONSE);
        assertThat(first.response().answered()).isFalse();
        assertThat(first.notifications()).containsExactly(Instant.parse("2021-08-25T17:43:00Z"), Instant.parse("2021-08-30T14:00:00Z"));
        assertThat(first.callTimeUtc()).isEqualTo(Instant.parse("2021-08-24T20:05:00Z"));
        assertThat(first.callerId()).isNull();
        assertThat(first.calledNumber()).isNull();
        assertThat(first.campaign()).isEqualTo("SSA Imposter");
        assertThat(first.violation()).isEqualTo("47 USC 227(b); 47 CFR 64.1200(a)");
        assertThat(calls).filteredOn(c -> c.response() == ResponseStatus.NO_RESPONSE).hasSize(11)
                .allSatisfy(c -> assertThat(c.customers()).isEmpty());

        TracedCall three = calls.get(6);
        assertThat(three.notifications()).containsExactly(Instant.parse("2021-08-27T14:20:00Z"),
                Instant.parse("2021-08-26T15:00:00Z"), Instant.parse("2021-08-26T14:46:00Z"));
        assertThat(three.campaign()).isEqualTo("CBP-Govt Imposter");

        TracedCall sept = calls.stream().filter(c -> c.notifications().contains(Instant.parse("2021-09-20T20:43:00Z")))
                .findFirst().orElseThrow();
        assertThat(sept.customers()).containsExactly("RD INFOTECH");

        TracedCall both = calls.stream().filter(c -> "Go4Customer / CyFuture".equals(c.customerAsWritten())).findFirst().orElseThrow();
        assertThat(both.customers()).containsExactly("Go4Customer", "CyFuture");
        assertThat(both.response()).isEqualTo(ResponseStatus.CUSTOMER_IDENTIFIED);
        assertThat(calls.stream().filter(c -> c.customers().contains("Go4Customer")).count()).isEqualTo(2);

        List<Provider> mantras = workbench.providers().findAll().stream().filter(p -> p.name().startsWith("Spinning Mantra")).toList();
        assertThat(mantras).hasSize(1);
        Provider mantra = mantras.get(0);
        assertThat(mantra.name()).isEqualTo("Spinning Mantra Communications Pvt. Ltd.");
        assertThat(mantra.aliases()).containsExactly("Spinning Mantra Communications Pvt. Ltd");
        assertThat(calls.stream().filter(c -> c.customers().contains(mantra.name())).count()).isEqualTo(10);

        // Each call of the case gets the case's target as originating provider, answering as the row says.
        List<Hop> hops = workbench.calls().hopsOfCase(caseFile.id());
        assertThat(hops).hasSize(78).allSatisfy(h -> assertThat(h.role()).isEqualTo(HopRole.ORIGINATING));
        assertThat(hops.stream().filter(h -> h.response() == ResponseStatus.NO_RESPONSE).count()).isEqualTo(11);

        // The same rows the sample loader reads from sample-data/ (an independent reading of the same table).
        workbench.samples().load();
        List<TracedCall> sample = workbench.calls().findByCase(workbench.cases().findByKey("pz-illum-2021").orElseThrow().id());
        assertThat(calls).extracting(ReferenceAttachmentImportTest::values).containsExactlyElementsOf(
                sample.stream().map(ReferenceAttachmentImportTest::values).toList());
    }

    @Test
    void spreadsheetSavedXlsxAndRewordedCsvImportToTheSameCalls() throws IOException {
        List<TracedCall> pasted = importInto(newCase("pasted"), ImportSource.ofText("pasted", resource("attachment-a-pasted.txt")));

        ImportSource xlsx = ImportSource.of(copy("attachment-a-libreoffice.xlsx", dir));
        assertThat(importer.formatOf(xlsx, null)).isEqualTo(ImportFormat.XLSX);
        List<TracedCall> fromXlsx = importInto(newCase("xlsx"), xlsx);

        ImportSource csv = ImportSource.of(copy("attachment-a-reworded.csv", dir));
        ImportReport check = importer.run(csv, ImportOptions.forCase(null).withDryRun(true), Progress.NONE);
        assertThat(check.columns()).containsEntry("Call Date (UTC)", "Date of Call").containsEntry("Dialed Number", "Called Number")
                .containsEntry("Rule Violated", "Violation");
        assertThat(check.encoding()).isEqualTo("UTF-8 with byte-order mark");
        List<TracedCall> fromCsv = importInto(newCase("csv"), csv);

        List<List<Object>> expected = pasted.stream().map(ReferenceAttachmentImportTest::values).toList();
        assertThat(fromXlsx.stream().map(ReferenceAttachmentImportTest::values).toList()).containsExactlyElementsOf(expected);
        assertThat(fromCsv.stream().map(ReferenceAttachmentImportTest::values).toList()).containsExactlyElementsOf(expected);
    }

    static List<Object> values(TracedCall c) {
        return java.util.Arrays.asList(c.callTimeUtc(), c.notifications(), c.callerId(), c.calledNumber(), c.campaign(),
                c.violation(), c.response(), c.customers(), c.customerAsWritten());
    }
}
