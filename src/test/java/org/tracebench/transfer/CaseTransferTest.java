package org.tracebench.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.app.Workbench;
import org.tracebench.calltable.AttachmentColumn;
import org.tracebench.model.CaseFile;
import org.tracebench.model.RecordFields;
import org.tracebench.model.TracedCall;
import org.tracebench.store.CasePart;
import org.tracebench.store.Passphrase;
import org.tracebench.work.Progress;

/**
 * A case travels from a laptop's H2 file to the other store (H2 or PostgreSQL) and back: the edits made on either
 * side arrive, records changed on both sides are conflicts, and bad files are refused with nothing written.
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CaseTransferTest extends BetweenTwoDatabases {

    @BeforeEach
    void open() throws Exception {
        laptop.samples().load();
    }

    private CaseFile laptopCase() {
        return laptop.cases().findByKey("pz-illum-2021").orElseThrow();
    }

    private Path export(Workbench from, long caseId, String name) {
        return two.export(from, caseId, name);
    }

    private static ImportSummary importInto(Workbench into, Path file, Decisions decisions) {
        return TwoDatabases.importInto(into, file, decisions);
    }

    private static CaseFile withNotes(Workbench workbench, CaseFile read, String notes) {
        CaseFile edited = RecordFields.with(read, "notes", notes);
        workbench.casework().editor().save(read, edited);
        return edited;
    }

    @Test
    void aCaseGoesToTheOtherStoreIsEditedThereAndComesBackWithTheEdit() {
        CaseFile original = laptopCase();
        List<TracedCall> calls = laptop.calls().findByCase(original.id());
        Path first = export(laptop, original.id(), "first.tbcase");

        ImportSummary arrived = importInto(server, first, Decisions.NONE);
        assertThat(arrived.newCase()).isTrue();
        CaseFile there = server.cases().find(arrived.caseId()).orElseThrow();
        assertThat(there.key()).isEqualTo("pz-illum-2021");
        assertThat(there.title()).isEqualTo(original.title());
        List<TracedCall> copied = server.calls().findByCase(there.id());
        assertThat(copied).hasSameSizeAs(calls);
        assertThat(copied.stream().map(TracedCall::callerId).toList()).isEqualTo(calls.stream().map(TracedCall::callerId).toList());
        assertThat(arrived.of(CasePart.HOPS).added()).isEqualTo(calls.stream()
                .mapToInt(c -> laptop.calls().hopsOf(c.id()).size()).sum());
        assertThat(server.audit().forEntity("case", there.id())).extracting(e -> e.action())
                .contains("sample-loaded", "case-imported");

        withNotes(server, there, "Counsel for PZ/Illum called on the server");
        TracedCall firstCall = copied.get(0);
        server.callEditing().edit(firstCall.id(), AttachmentColumn.CALLER_ID, "+1 202 555 0199");
        Path back = export(server, there.id(), "back.tbcase");

        ImportSummary returned = importInto(laptop, back, Decisions.NONE);
        assertThat(returned.newCase()).isFalse();
        assertThat(returned.caseId()).isEqualTo(original.id());
        assertThat(returned.of(CasePart.CASE).updated()).isEqualTo(1);
        assertThat(returned.of(CasePart.CALLS).updated()).isEqualTo(1);
        assertThat(returned.of(CasePart.CALLS).unchanged()).isEqualTo(calls.size() - 1);
        assertThat(laptopCase().notes()).isEqualTo("Counsel for PZ/Illum called on the server");
        assertThat(laptop.calls().findByCase(original.id()).get(0).callerId()).isEqualTo(server.calls().find(firstCall.id())
                .orElseThrow().callerId());
        assertThat(laptop.calls().findByCase(original.id())).hasSameSizeAs(calls);
    }

    @Test
    void aRecordChangedOnBothSidesIsAConflictDecidedByTheUserAndNothingIsWrittenBefore() {
        CaseFile original = laptopCase();
        ImportSummary arrived = importInto(server, export(laptop, original.id(), "first.tbcase"), Decisions.NONE);
        withNotes(server, server.cases().find(arrived.caseId()).orElseThrow(), "Server's note");
        server.casework().editor().save(server.cases().find(arrived.caseId()).orElseThrow(),
                RecordFields.with(server.cases().find(arrived.caseId()).orElseThrow(), "title", "Retitled on the server"));
        Path back = export(server, arrived.caseId(), "back.tbcase");
        withNotes(laptop, laptopCase(), "Laptop's note");
        int auditBefore = laptop.audit().latest(10_000).size();

        assertThatThrownBy(() -> importInto(laptop, back, Decisions.NONE))
                .isInstanceOfSatisfying(ConflictsException.class, e -> {
                    assertThat(e.conflicts()).hasSize(1);
                    RecordConflict conflict = e.conflicts().get(0);
                    assertThat(conflict.part()).isEqualTo(CasePart.CASE);
                    assertThat(conflict.fieldsToDecide()).containsExactlyInAnyOrder("notes", "title");
                    assertThat(conflict.changedByBoth("notes")).isTrue();
                    assertThat(conflict.changedByBoth("title")).isFalse();
                    assertThat(conflict.preselected("title")).isEqualTo(Side.THEIRS);
                    assertThat(conflict.mine().get("notes")).isEqualTo("Laptop's note");
                    assertThat(conflict.theirs().get("notes")).isEqualTo("Server's note");
                    assertThat(String.join("\n", conflict.describe())).contains("notes (changed on both sides): here \"Laptop's note\", "
                            + "in the file \"Server's note\"");
                });
        assertThat(laptopCase().notes()).isEqualTo("Laptop's note");
        assertThat(laptopCase().title()).isEqualTo(original.title());
        assertThat(laptop.audit().latest(10_000)).hasSize(auditBefore);

        // Per field: keep my notes, take their title.
        ConflictsException asked = org.junit.jupiter.api.Assertions.assertThrows(ConflictsException.class,
                () -> importInto(laptop, back, Decisions.NONE));
        RecordConflict conflict = asked.conflicts().get(0);
        ImportSummary decided = importInto(laptop, back, Decisions.chosen(Map.of(conflict.key("notes"), Side.MINE,
                conflict.key("title"), Side.THEIRS)));
        assertThat(decided.of(CasePart.CASE).decided()).isEqualTo(1);
        assertThat(laptopCase().notes()).isEqualTo("Laptop's note");
        assertThat(laptopCase().title()).isEqualTo("Retitled on the server");

        // The decision travels back: the server takes the laptop's notes without a conflict.
        ImportSummary again = importInto(server, export(laptop, original.id(), "again.tbcase"), Decisions.NONE);
        assertThat(server.cases().find(again.caseId()).orElseThrow().notes()).isEqualTo("Laptop's note");
    }

    @Test
    void aChangeOnOneSideOnlyNeverAsks() {
        CaseFile original = laptopCase();
        ImportSummary arrived = importInto(server, export(laptop, original.id(), "first.tbcase"), Decisions.NONE);
        withNotes(laptop, laptopCase(), "Changed on the laptop only");
        Path unchangedServerCopy = export(server, arrived.caseId(), "back.tbcase");

        ImportSummary back = importInto(laptop, unchangedServerCopy, Decisions.NONE);
        assertThat(back.of(CasePart.CASE).keptMine()).isEqualTo(1);
        assertThat(laptopCase().notes()).isEqualTo("Changed on the laptop only");
    }

    @Test
    void aCallDeletedHereStaysDeletedAndOneTheFileChangedIsAConflictTakingItBackBringsItsHops() {
        CaseFile original = laptopCase();
        ImportSummary arrived = importInto(server, export(laptop, original.id(), "first.tbcase"), Decisions.NONE);
        TracedCall gone = laptop.calls().findByCase(original.id()).get(5);
        int hops = laptop.calls().hopsOf(gone.id()).size();
        int calls = laptop.calls().findByCase(original.id()).size();
        laptop.callEditing().delete(gone.id());

        ImportSummary unchanged = importInto(laptop, export(server, arrived.caseId(), "unchanged.tbcase"), Decisions.NONE);
        assertThat(unchanged.of(CasePart.CALLS).skipped()).isEqualTo(1);
        assertThat(unchanged.of(CasePart.HOPS).skipped()).isEqualTo(hops);
        assertThat(laptop.calls().findByCase(original.id())).hasSize(calls - 1);
        java.util.Set<Long> remaining = laptop.calls().findByCase(original.id()).stream().map(TracedCall::id)
                .collect(Collectors.toSet());

        TracedCall serverCopy = server.calls().findByCase(arrived.caseId()).get(5);
        server.callEditing().edit(serverCopy.id(), AttachmentColumn.CALLER_ID, "+1 202 555 0142");
        Path changedFile = export(server, arrived.caseId(), "changed.tbcase");
        assertThatThrownBy(() -> importInto(laptop, changedFile, Decisions.NONE)).isInstanceOfSatisfying(ConflictsException.class,
                e -> assertThat(e.conflicts()).singleElement().satisfies(c -> {
                    assertThat(c.part()).isEqualTo(CasePart.CALLS);
                    assertThat(c.fieldsToDecide()).containsExactly("deleted here / changed there");
                    assertThat(c.theirs().get("deleted here / changed there")).contains("caller id \"+12025550142\"");
                }));
        assertThat(laptop.calls().findByCase(original.id())).hasSize(calls - 1);
        ImportSummary changed = importInto(laptop, changedFile, Decisions.all(Side.THEIRS));
        assertThat(changed.of(CasePart.CALLS).added()).isEqualTo(1);
        assertThat(changed.of(CasePart.HOPS).added()).isEqualTo(hops);
        TracedCall back = laptop.calls().findByCase(original.id()).stream()
                .filter(c -> !remaining.contains(c.id())).findFirst().orElseThrow();
        assertThat(back.callTimeUtc()).isEqualTo(gone.callTimeUtc());
        assertThat(laptop.calls().hopsOf(back.id())).hasSize(hops);
    }

    @Test
    void importingTheSameFileTwiceDoublesNothingAndProvidersAndCampaignsAreMatchedByName() {
        server.samples().load();
        int providers = server.providers().count();
        int campaigns = server.campaigns().findAll().size();
        int cases = server.cases().count();
        Path file = export(laptop, laptopCase().id(), "case.tbcase");

        ImportSummary first = importInto(server, file, Decisions.NONE);
        // The server's own sample case has the same key but another identity: a second case, under a free key.
        assertThat(first.newCase()).isTrue();
        assertThat(first.caseKey()).isEqualTo("pz-illum-2021-2");
        assertThat(first.notes()).anyMatch(n -> n.contains("imported as pz-illum-2021-2"));
        assertThat(first.of(CasePart.PROVIDERS).added()).isZero();
        assertThat(first.of(CasePart.PROVIDERS).matched()).isPositive();
        assertThat(first.of(CasePart.CAMPAIGNS).added()).isZero();
        assertThat(server.providers().count()).isEqualTo(providers);
        assertThat(server.campaigns().findAll()).hasSize(campaigns);
        int calls = server.calls().findByCase(first.caseId()).size();
        int audit = server.audit().forEntity("case", first.caseId()).size();

        ImportSummary second = importInto(server, file, Decisions.NONE);
        assertThat(second.newCase()).isFalse();
        assertThat(second.caseId()).isEqualTo(first.caseId());
        assertThat(second.of(CasePart.CALLS).added()).isZero();
        assertThat(second.of(CasePart.CALLS).unchanged()).isEqualTo(calls);
        assertThat(second.of(CasePart.AUDIT).added()).isZero();
        assertThat(server.cases().count()).isEqualTo(cases + 1);
        assertThat(server.calls().findByCase(first.caseId())).hasSize(calls);
        assertThat(server.providers().count()).isEqualTo(providers);
        // Only the second import's own line is new.
        assertThat(server.audit().forEntity("case", first.caseId())).hasSize(audit + 1);
    }

    @Test
    void anImportStoppedHalfWayLeavesNothing() {
        Path file = export(laptop, laptopCase().id(), "case.tbcase");
        java.util.concurrent.atomic.AtomicInteger asked = new java.util.concurrent.atomic.AtomicInteger();
        // Cancelled at its third look: after the providers, the case and the first 200 records were written.
        Progress stopping = TwoDatabases.cancelledAt(3, asked);
        assertThatThrownBy(() -> server.caseTransfer().importCase(file, () -> null, Decisions.NONE, stopping))
                .isInstanceOf(java.util.concurrent.CancellationException.class);
        assertThat(asked.get()).isEqualTo(3);
        assertThat(server.cases().count()).isZero();
        assertThat(server.providers().count()).isZero();
        assertThat(server.campaigns().findAll()).isEmpty();
        assertThat(server.audit().latest(10)).isEmpty();
    }

    @Test
    void anEncryptedFileNeedsItsPassphraseAndAWrongOneIsRefusedWithNothingWritten() {
        Path file = dir.resolve("secret.tbcase");
        laptop.caseTransfer().export(laptopCase().id(), file, Passphrase.of("correct horse battery".toCharArray()), Progress.NONE);
        assertThat(CaseTransfer.isEncrypted(file)).isTrue();
        assertThat(new String(readBytes(file), StandardCharsets.ISO_8859_1)).doesNotContain("pz-illum", "manifest.txt", "PK\u0003\u0004");

        assertThatThrownBy(() -> importInto(server, file, Decisions.NONE)).isInstanceOf(PassphraseNeededException.class);
        assertThatThrownBy(() -> server.caseTransfer().importCase(file, () -> Passphrase.of("wrong horse battery".toCharArray()),
                Decisions.NONE, Progress.NONE))
                .isInstanceOf(CaseFileException.class)
                .hasMessage("secret.tbcase: wrong passphrase, or the encrypted file was changed; nothing was imported");
        assertThat(server.cases().count()).isZero();

        ImportSummary opened = server.caseTransfer().importCase(file, () -> Passphrase.of("correct horse battery".toCharArray()),
                Decisions.NONE, Progress.NONE);
        assertThat(server.cases().find(opened.caseId()).orElseThrow().key()).isEqualTo("pz-illum-2021");
    }

    @Test
    void aTamperedPartIsRefusedInOneLineWithNothingWritten() throws Exception {
        Path file = export(laptop, laptopCase().id(), "case.tbcase");
        Path tampered = CaseFiles.rewrite(file, dir.resolve("tampered.tbcase"), entries -> entries.put("parts/calls.csv",
                CaseFiles.text(entries, "parts/calls.csv").replaceFirst("\"No Response\"", "\"Responded\"").getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> importInto(server, tampered, Decisions.NONE))
                .isInstanceOf(CaseFileException.class)
                .hasMessage("tampered.tbcase: parts/calls.csv does not match its SHA-256 in the manifest (the file was changed "
                        + "or damaged); nothing was imported");
        assertThat(server.cases().count()).isZero();
        assertThat(server.providers().count()).isZero();
    }

    @Test
    void aFileFromANewerFormatIsRefused() throws Exception {
        Path file = export(laptop, laptopCase().id(), "case.tbcase");
        Path newer = CaseFiles.rewrite(file, dir.resolve("newer.tbcase"), entries -> entries.put("manifest.txt",
                CaseFiles.text(entries, "manifest.txt").replace("format-version: 2", "format-version: 3").getBytes(StandardCharsets.UTF_8)));

        assertThatThrownBy(() -> importInto(server, newer, Decisions.NONE))
                .isInstanceOf(CaseFileException.class)
                .hasMessageContaining("newer.tbcase was written by a newer Tracebench (case file format 3; this one reads up to 2)");
        assertThat(server.cases().count()).isZero();
    }

    @Test
    void aFileFromAnOlderBuildWithoutTheOptionalPartsImports() throws Exception {
        Path file = export(laptop, laptopCase().id(), "case.tbcase");
        List<String> optional = java.util.Arrays.stream(CasePart.values()).filter(p -> !p.required())
                .map(CasePart::fileName).toList();
        Path older = CaseFiles.rewrite(file, dir.resolve("older.tbcase"), entries -> {
            // A version-1 file: no deleted records either.
            entries.keySet().removeIf(name -> name.startsWith("base/") || name.equals("parts/deleted.csv")
                    || optional.stream().anyMatch(p -> name.equals("parts/" + p)));
            String manifest = CaseFiles.text(entries, "manifest.txt").lines()
                    .filter(line -> !line.startsWith("part: base/") && !line.startsWith("part: parts/deleted.csv")
                            && optional.stream().noneMatch(p -> line.startsWith("part: parts/" + p)))
                    .map(line -> line.equals("format-version: 2") ? "format-version: 1" : line)
                    .collect(Collectors.joining("\n", "", "\n"));
            entries.put("manifest.txt", manifest.getBytes(StandardCharsets.UTF_8));
        });
        assertThat(CaseFiles.entries(older).keySet()).doesNotContain("parts/deadlines.csv", "parts/audit.csv");

        ImportSummary summary = importInto(server, older, Decisions.NONE);
        assertThat(server.calls().findByCase(summary.caseId())).hasSize(laptop.calls().findByCase(laptopCase().id()).size());
        assertThat(summary.of(CasePart.DEADLINES)).isEqualTo(ImportSummary.Counts.NONE);
    }

    @Test
    void theManifestListsEveryPartWithItsSha256() throws Exception {
        Path file = export(laptop, laptopCase().id(), "case.tbcase");
        Map<String, byte[]> entries = CaseFiles.entries(file);
        String manifest = CaseFiles.text(entries, "manifest.txt");
        assertThat(manifest).startsWith("tracebench-case-file\nformat-version: 2\n");
        for (String name : entries.keySet()) {
            if (!name.equals("manifest.txt")) {
                assertThat(manifest).contains("part: " + name + " ").contains(CaseFileFormat.sha256(entries.get(name)));
            }
        }
        for (CasePart part : CasePart.values()) {
            assertThat(entries).containsKey("parts/" + part.fileName());
        }
    }

    private static byte[] readBytes(Path file) {
        try {
            return Files.readAllBytes(file);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
