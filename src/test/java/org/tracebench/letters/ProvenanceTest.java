package org.tracebench.letters;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportReport;
import org.tracebench.ingest.ImportSource;
import org.tracebench.model.CallSource;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Notice;
import org.tracebench.model.TracedCall;
import org.tracebench.work.Progress;

/**
 * Provenance into the letter: the sample PZ/Illum case with its Attachment A imported from a file, so each finding
 * names the file and its SHA-256; a call typed in the editor is its own source, and its unreadable cell marks the
 * findings resting on it; the notice of an export keeps the sources and the choice about marked findings.
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class ProvenanceTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;
    LetterService letters;
    CaseFile pz;
    Path file;
    long batchId;

    @BeforeEach
    void open() throws Exception {
        workbench = Workbench.open(store.freshLocation(dir));
        workbench.samples().load();
        letters = workbench.letters();
        pz = letters.caseFile("pz-illum-2021");
        // The sample's own 78 calls make way for the same table read from a file, as a user would bring it in.
        workbench.calls().findByCase(pz.id()).forEach(c -> workbench.calls().delete(c.id()));
        file = dir.resolve("attachment-a-reworded.csv");
        try (InputStream in = getClass().getResourceAsStream("/org/tracebench/ingest/attachment-a-reworded.csv")) {
            Files.copy(in, file);
        }
        ImportReport report = workbench.importer().run(ImportSource.of(file), ImportOptions.forCase(pz.id()), Progress.NONE);
        assertThat(report.outcome()).as(report.render()).isEqualTo(ImportReport.Outcome.WRITTEN);
        assertThat(report.callsWritten()).isEqualTo(78);
        batchId = report.batchId();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private String sha256(Path path) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(path)));
    }

    private Finding origination() {
        return letters.findings(pz).stream().filter(f -> f.key().equals(FindingsEngine.ORIGINATION)).findFirst()
                .orElseThrow();
    }

    @Test
    void theFindingNamesTheImportedFileAndItsSha256() throws Exception {
        Finding finding = origination();
        assertThat(finding.supportingCallIds()).hasSize(78);
        assertThat(finding.sources()).singleElement().satisfies(s -> {
            assertThat(s.kind()).isEqualTo(CallSource.Kind.IMPORT);
            assertThat(s.batchId()).isEqualTo(batchId);
            assertThat(s.fileName()).isEqualTo("attachment-a-reworded.csv");
            assertThat(s.sha256()).isEqualTo(sha256(file));
            assertThat(s.fileSize()).isEqualTo(Files.size(file));
            assertThat(s.calls()).isEqualTo(78);
            assertThat(s.importedAt()).isNotNull();
            assertThat(s.describe()).contains("78 calls from import #" + batchId, "attachment-a-reworded.csv",
                    sha256(file));
        });
        assertThat(finding.illustrativeReason()).isEmpty();
    }

    @Test
    void aTypedCallIsItsOwnSourceAndItsUnreadableCellMarksTheFinding() {
        workbench.callEditing().add(pz.id(), Map.of(AttachmentColumn.CALL_TIME, "2021-13-45 25:99",
                AttachmentColumn.DESCRIPTION, "Utility Disconnect"));
        Finding finding = origination();
        assertThat(finding.supportingCallIds()).hasSize(79);
        assertThat(finding.sources()).extracting(CallSource::kind, CallSource::calls)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(CallSource.Kind.IMPORT, 78),
                        org.assertj.core.groups.Tuple.tuple(CallSource.Kind.TYPED, 1));
        assertThat(finding.sources().get(1).describe()).isEqualTo("1 call typed or pasted in the editor");
        assertThat(finding.illustrativeReason()).get().asString()
                .startsWith("rests on 1 cell that could not be read (Date of Call \"2021-13-45 25:99\": ");
        // A marked finding is refused in batch mode like an illustrative one.
        assertThat(LetterService.illustrativeFindings(letters.draft(pz, "fcc-cease-and-desist", null)))
                .extracting(Finding::key).contains(FindingsEngine.ORIGINATION);
    }

    @Test
    void theNoticeListsTheSourcesOfTheCallsTheLetterReliesOn() throws Exception {
        LetterService.Export export = letters.export(letters.draft(pz, "fcc-cease-and-desist", null),
                dir.resolve("pz.pdf"), false);
        Notice stored = workbench.notices().findByCase(pz.id()).stream().filter(n -> n.id() == export.notice().id())
                .findFirst().orElseThrow();
        assertThat(stored.sources()).singleElement().satisfies(s -> {
            assertThat(s.fileName()).isEqualTo("attachment-a-reworded.csv");
            assertThat(s.sha256()).isEqualTo(sha256(file));
            assertThat(s.calls()).isEqualTo(78);
        });
        assertThat(stored.illustrativeAllowed()).isFalse();
        assertThat(stored.illustrativeFindings()).isZero();
        assertThat(stored.illustrativeText()).isEqualTo("not allowed, none in the letter");
        assertThat(stored.sources()).isEqualTo(export.notice().sources());
    }

    @Test
    void theNoticeKeepsItsSourcesWhenTheImportIsUndoneAndRecordsAllowedFindings() {
        workbench.callEditing().add(pz.id(), Map.of(AttachmentColumn.CALL_TIME, "not a date"));
        LetterService.Export export = letters.export(letters.draft(pz, "fcc-cease-and-desist", null),
                dir.resolve("pz-allowed.pdf"), true);
        workbench.importBatches().undo(batchId, true);
        Notice stored = workbench.notices().findByCase(pz.id()).stream().filter(n -> n.id() == export.notice().id())
                .findFirst().orElseThrow();
        assertThat(stored.sources()).extracting(CallSource::kind).containsExactly(CallSource.Kind.IMPORT,
                CallSource.Kind.TYPED);
        assertThat(stored.sources().get(0).fileName()).isEqualTo("attachment-a-reworded.csv");
        assertThat(stored.illustrativeAllowed()).isTrue();
        assertThat(stored.illustrativeFindings()).isPositive();
        assertThat(stored.illustrativeNote()).contains("could not be read");
        List<TracedCall> left = workbench.calls().findByCase(pz.id());
        assertThat(left).hasSize(1);
    }
}
