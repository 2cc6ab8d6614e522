package org.tracebench.transfer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.app.Workbench;
import org.tracebench.ingest.ImportBatches;
import org.tracebench.ingest.ImportOptions;
import org.tracebench.ingest.ImportReport;
import org.tracebench.ingest.ImportSource;
import org.tracebench.ingest.OnDuplicate;
import org.tracebench.letters.Finding;
import org.tracebench.letters.LetterDraft;
import org.tracebench.letters.Offices;
import org.tracebench.model.CaseFile;
import org.tracebench.model.ImportBatch;
import org.tracebench.model.Office;
import org.tracebench.model.Provider;
import org.tracebench.model.Signatory;
import org.tracebench.store.CasePart;
import org.tracebench.work.Progress;

/**
 * What a user would lose by moving a case, carried by the case file (decisions 0715, 0716): the letter fields and
 * finding edits, the office and signatory of its letters (never doubled), and the undo data of its imports, so
 * that undoing an "update" import in the other database puts the overwritten values back there too.
 */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CaseCarryTest extends BetweenTwoDatabases {

    private static final LocalDate LETTER_DATE = LocalDate.of(2026, 12, 1);


    private ImportSummary carry(Workbench from, long caseId, Workbench into, String name) {
        return TwoDatabases.importInto(into, two.export(from, caseId, name), Decisions.NONE);
    }

    @Test
    void letterFieldsFindingEditsOfficeAndSignatoryArriveAndTheLetterIsTheSame() {
        laptop.samples().load();
        CaseFile pz = laptop.cases().findByKey("pz-illum-2021").orElseThrow();
        Offices offices = laptop.letters().offices();
        Office office = offices.save(new Office(0, "ny-ag-robocalls", List.of("NEW YORK STATE", "OFFICE OF THE ATTORNEY GENERAL"),
                List.of("Bureau of Internet and Technology"), List.of("28 Example Street", "New York, NY 10005"),
                "(212) 555-0100", "robocalls.sample@example.org", null, null, false));
        Signatory signer = offices.save(new Signatory(0, office.id(), "Avery Example", "Assistant Attorney General",
                List.of("Bureau of Internet and Technology"), false));
        offices.assign(pz, office, signer);
        laptop.letters().fields().put(pz.id(), "salutation", "Dear Counsel");
        laptop.letters().fields().put(pz.id(), "fileNumber", "EB-TCD-21-00099999");
        // A long field name makes a long identity (case identity, part, name): it must fit where bases are kept.
        laptop.letters().fields().put(pz.id(), "deliveryInstructionsForTheCertifiedMailCopyToOutsideCounsel", "By hand");
        Finding first = laptop.letters().findings(pz).get(0);
        laptop.letters().findingEdits().save(pz.id(), first.withEdit(true, "Reworded on the laptop", "The attorney's own words."));
        LetterDraft here = laptop.letters().draft(pz, "fcc-cease-and-desist", LETTER_DATE);

        ImportSummary arrived = carry(laptop, pz.id(), server, "pz.tbcase");
        assertThat(arrived.of(CasePart.OFFICES).added()).isEqualTo(1);
        assertThat(arrived.of(CasePart.SIGNATORIES).added()).isEqualTo(1);
        assertThat(arrived.of(CasePart.CASE_OFFICE).added()).isEqualTo(1);
        assertThat(arrived.of(CasePart.LETTER_FIELDS).added()).isEqualTo(3);
        assertThat(arrived.of(CasePart.FINDING_EDITS).added()).isEqualTo(1);
        CaseFile copy = server.cases().find(arrived.caseId()).orElseThrow();
        Offices.CaseOffice chosen = server.letters().offices().of(copy);
        assertThat(chosen.office().orElseThrow().key()).isEqualTo("ny-ag-robocalls");
        assertThat(chosen.office().orElseThrow().nameLines()).containsExactly("NEW YORK STATE", "OFFICE OF THE ATTORNEY GENERAL");
        assertThat(chosen.office().orElseThrow().address()).containsExactly("28 Example Street", "New York, NY 10005");
        assertThat(chosen.signatory().orElseThrow().name()).isEqualTo("Avery Example");
        assertThat(chosen.signatory().orElseThrow().officeId()).isEqualTo(chosen.office().orElseThrow().id());
        assertThat(server.letters().fields().saved(copy.id())).containsEntry("salutation", "Dear Counsel")
                .containsEntry("fileNumber", "EB-TCD-21-00099999")
                .containsEntry("deliveryInstructionsForTheCertifiedMailCopyToOutsideCounsel", "By hand");
        assertThat(server.letters().findings(copy).get(0).title()).isEqualTo("Reworded on the laptop");
        LetterDraft there = server.letters().draft(copy, "fcc-cease-and-desist", LETTER_DATE);
        assertThat(there.data().get("sender")).hasToString(here.data().get("sender").toString());
        assertThat(there.findings()).extracting(Finding::title).isEqualTo(here.findings().stream().map(Finding::title).toList());

        // The same file again, and the case back and forth: nothing doubled, every letter record unchanged.
        int officesThere = server.letters().offices().offices().size();
        ImportSummary again = carry(laptop, pz.id(), server, "again.tbcase");
        assertThat(again.of(CasePart.OFFICES).matched()).isEqualTo(1);
        assertThat(again.of(CasePart.LETTER_FIELDS).unchanged()).isEqualTo(3);
        assertThat(again.of(CasePart.CASE_OFFICE).unchanged()).isEqualTo(1);
        assertThat(server.letters().offices().offices()).hasSize(officesThere);
        assertThat(server.letters().offices().signatories(chosen.office().orElseThrow().id())).hasSize(1);
        ImportSummary back = carry(server, copy.id(), laptop, "back.tbcase");
        assertThat(back.of(CasePart.OFFICES).matched()).isEqualTo(1);
        assertThat(back.of(CasePart.FINDING_EDITS).unchanged()).isEqualTo(1);
        assertThat(laptop.letters().offices().offices()).hasSize(officesThere);
    }

    @Test
    void anOfficeFoundUnderItsKeyIsUsedAsItIsHere() {
        laptop.samples().load();
        CaseFile pz = laptop.cases().findByKey("pz-illum-2021").orElseThrow();
        Office fcc = laptop.letters().offices().offices().stream().filter(o -> o.key().equals("fcc-enforcement-bureau")).findFirst()
                .orElseThrow();
        Signatory chief = laptop.letters().offices().signatories(fcc.id()).get(0);
        laptop.letters().offices().assign(pz, fcc, chief);
        int offices = server.letters().offices().offices().size();

        ImportSummary arrived = carry(laptop, pz.id(), server, "pz.tbcase");
        // Every database has the sample offices (V13) under their own identities: found by key and name.
        assertThat(arrived.of(CasePart.OFFICES).matched()).isEqualTo(1);
        assertThat(arrived.of(CasePart.SIGNATORIES).matched()).isEqualTo(1);
        assertThat(server.letters().offices().offices()).hasSize(offices);
        Offices.CaseOffice chosen = server.letters().offices().of(server.cases().find(arrived.caseId()).orElseThrow());
        assertThat(chosen.office().orElseThrow().key()).isEqualTo("fcc-enforcement-bureau");
        assertThat(chosen.signatory().orElseThrow().name()).isEqualTo(chief.name());
    }

    @Test
    void aLetterFieldChangedOnBothSidesIsAConflictAndNeverOverwrittenSilently() {
        laptop.samples().load();
        CaseFile pz = laptop.cases().findByKey("pz-illum-2021").orElseThrow();
        laptop.letters().fields().put(pz.id(), "salutation", "Dear Counsel");
        ImportSummary arrived = carry(laptop, pz.id(), server, "pz.tbcase");
        server.letters().fields().put(arrived.caseId(), "salutation", "Dear Mr. Anand");
        laptop.letters().fields().put(pz.id(), "salutation", "Dear Sir or Madam");
        Path back = dir.resolve("back.tbcase");
        server.caseTransfer().export(arrived.caseId(), back, null, Progress.NONE);

        assertThatThrownBy(() -> laptop.caseTransfer().importCase(back, () -> null, Decisions.NONE, Progress.NONE))
                .isInstanceOfSatisfying(ConflictsException.class, e -> {
                    assertThat(e.conflicts()).hasSize(1);
                    RecordConflict conflict = e.conflicts().get(0);
                    assertThat(conflict.part()).isEqualTo(CasePart.LETTER_FIELDS);
                    assertThat(conflict.fieldsToDecide()).containsExactly("field_value");
                    assertThat(String.join("\n", conflict.describe())).contains("letter field salutation")
                            .contains("here \"Dear Sir or Madam\", in the file \"Dear Mr. Anand\"");
                });
        assertThat(laptop.letters().fields().saved(pz.id())).containsEntry("salutation", "Dear Sir or Madam");
    }

    /** A case whose calls an "update" import rewrote (3 calls) and added to (2 calls of a new party and campaign). */
    private CaseFile updatedCase() throws IOException {
        Provider target = laptop.providers().insert(Provider.named("PZ/Illum Telecommunication Telecommunication LLC"), false);
        CaseFile pz = laptop.cases().insert(new CaseFile(0, "pz", "PZ/Illum", target.id(), null, null, null, null, null,
                null, null, null, false));
        String original = resource("/org/tracebench/ingest/attachment-a-pasted.txt");
        importText(pz, original, OnDuplicate.SKIP);
        importText(pz, changedCopy(original), OnDuplicate.UPDATE);
        return pz;
    }

    @Test
    void undoingACopiedUpdateImportPutsTheOverwrittenValuesBackThereToo() throws IOException {
        Provider target = laptop.providers().insert(Provider.named("PZ/Illum Telecommunication Telecommunication LLC"), false);
        CaseFile pz = laptop.cases().insert(new CaseFile(0, "pz", "PZ/Illum", target.id(), null, null, null, null, null,
                null, null, null, false));
        String original = resource("/org/tracebench/ingest/attachment-a-pasted.txt");
        importText(pz, original, OnDuplicate.SKIP);
        List<String> before = violations(laptop, pz.id());
        importText(pz, changedCopy(original), OnDuplicate.UPDATE);
        assertThat(violations(laptop, pz.id())).hasSize(80).isNotEqualTo(before);

        ImportSummary arrived = carry(laptop, pz.id(), server, "pz.tbcase");
        assertThat(arrived.of(CasePart.IMPORT_UNDO).added()).isEqualTo(2);
        long caseThere = arrived.caseId();
        ImportBatch update = server.importBatches().list(caseThere).get(0);
        assertThat(update.onDuplicate()).isEqualTo("UPDATE");
        assertThat(server.importBatches().editsAfter(update.id())).isEmpty();

        ImportBatches.Undone undone = server.importBatches().undo(update.id(), false);
        assertThat(undone.callsRestored()).isEqualTo(3);
        assertThat(undone.callsDeleted()).isEqualTo(2);
        // The party and campaign the import created came to the server with the case: undo removes them there too.
        assertThat(undone.partiesRemoved()).isEqualTo(1);
        assertThat(undone.campaignsRemoved()).isEqualTo(1);
        assertThat(server.providers().findByName("Newco Dialers LLC")).isEmpty();
        assertThat(server.campaigns().findAll()).noneMatch(c -> c.name().equals("Test Refund Scam"));
        assertThat(violations(server, caseThere)).isEqualTo(before);
        assertThat(server.calls().findByCase(caseThere)).allSatisfy(call ->
                assertThat(server.calls().hopsOf(call.id())).isNotEmpty());

        // The same undo on the laptop leaves the same calls: the undo worked the same in both databases.
        laptop.importBatches().undo(laptop.importBatches().list(pz.id()).get(0).id(), false);
        assertThat(violations(laptop, pz.id())).isEqualTo(violations(server, caseThere));
        assertThat(server.recountCalls()).as("the case list's kept call counts stay true").isEmpty();
        assertThat(laptop.recountCalls()).isEmpty();
    }

    @Test
    void undoThereKeepsAPartyThatWasAlreadyThereBeforeTheCaseCame() throws IOException {
        CaseFile pz = updatedCase();
        Provider newco = server.providers().insert(Provider.named("Newco Dialers LLC"), false);

        ImportSummary arrived = carry(laptop, pz.id(), server, "pz.tbcase");
        assertThat(arrived.of(CasePart.PROVIDERS).matched()).isPositive();
        ImportBatch update = server.importBatches().list(arrived.caseId()).get(0);
        ImportBatches.Undone undone = server.importBatches().undo(update.id(), false);
        assertThat(undone.callsRestored()).isEqualTo(3);
        assertThat(undone.partiesRemoved()).isZero();
        assertThat(undone.campaignsRemoved()).isEqualTo(1);
        assertThat(server.providers().find(newco.id())).isPresent();
    }

    @Test
    void anOfficeWithTheSameKeyButAnotherLetterheadHereIsAConflictDecidedLikeTheOthers() {
        laptop.samples().load();
        CaseFile pz = laptop.cases().findByKey("pz-illum-2021").orElseThrow();
        List<String> name = List.of("NEW YORK STATE", "OFFICE OF THE ATTORNEY GENERAL");
        Office sent = laptop.letters().offices().save(new Office(0, "ny-ag-robocalls", name, List.of("Bureau of Internet and Technology"),
                List.of("28 Example Street", "New York, NY 10005"), "(212) 555-0100", "robocalls.sample@example.org", null, null, false));
        Signatory signer = laptop.letters().offices().save(new Signatory(0, sent.id(), "Avery Example", "Assistant Attorney General",
                List.of("Bureau of Internet and Technology"), false));
        laptop.letters().offices().assign(pz, sent, signer);
        // The receiving database set up the same office on its own, under the same key, at another address.
        server.letters().offices().save(new Office(0, "ny-ag-robocalls", name, List.of("Bureau of Internet and Technology"),
                List.of("120 Broadway", "New York, NY 10271"), "(212) 555-0199", "robocalls.sample@example.org", null, null, false));
        Path file = two.export(laptop, pz.id(), "pz.tbcase");

        assertThatThrownBy(() -> TwoDatabases.importInto(server, file, Decisions.NONE))
                .isInstanceOfSatisfying(ConflictsException.class, e -> assertThat(e.conflicts()).singleElement().satisfies(c -> {
                    assertThat(c.part()).isEqualTo(CasePart.OFFICES);
                    assertThat(c.label()).isEqualTo("office ny-ag-robocalls (letterhead)");
                    assertThat(c.fieldsToDecide()).containsExactly("address", "phone");
                    assertThat(c.preselected("address")).as("other cases here print this letterhead").isEqualTo(Side.MINE);
                    assertThat(c.describe()).contains("office ny-ag-robocalls (letterhead), phone (changed on both sides): "
                            + "here \"(212) 555-0199\", in the file \"(212) 555-0100\"");
                }));
        assertThat(server.cases().count()).as("nothing written before the conflict is decided").isZero();

        ImportSummary kept = TwoDatabases.importInto(server, file, Decisions.all(Side.MINE));
        assertThat(kept.of(CasePart.OFFICES).decided()).isEqualTo(1);
        assertThat(kept.notes()).contains("office ny-ag-robocalls (letterhead) differs here; this database's letterhead kept, as decided");
        Office here = server.letters().offices().of(server.cases().find(kept.caseId()).orElseThrow()).office().orElseThrow();
        assertThat(here.address()).containsExactly("120 Broadway", "New York, NY 10271");
        assertThat(here.phone()).isEqualTo("(212) 555-0199");
        assertThat(server.letters().offices().offices()).filteredOn(o -> o.key().equals("ny-ag-robocalls")).hasSize(1);

        ImportSummary taken = TwoDatabases.importInto(server, file, Decisions.all(Side.THEIRS));
        assertThat(taken.notes()).contains("office ny-ag-robocalls (letterhead) differs here; took the file's address, phone, as decided");
        Office now = server.letters().offices().of(server.cases().find(kept.caseId()).orElseThrow()).office().orElseThrow();
        assertThat(now.id()).isEqualTo(here.id());
        assertThat(now.address()).containsExactly("28 Example Street", "New York, NY 10005");
        assertThat(now.phone()).isEqualTo("(212) 555-0100");
        // Now the same: the next import of the file has nothing to ask.
        assertThat(TwoDatabases.importInto(server, file, Decisions.NONE).of(CasePart.OFFICES).matched()).isEqualTo(1);
    }

    @Test
    void hopsReplacedByAnUpdateImportAreDeletedInTheOtherDatabaseToo() {
        laptop.samples().load();
        CaseFile pz = laptop.cases().findByKey("pz-illum-2021").orElseThrow();
        importTracebacks(pz, "Old Transit LLC", OnDuplicate.SKIP);
        ImportSummary first = carry(laptop, pz.id(), server, "first.tbcase");
        assertThat(hopProviders(server, first.caseId())).containsExactly("Term Carrier LLC", "Old Transit LLC",
                "Term Carrier LLC", "Old Transit LLC");

        // The same tracebacks again with another originating provider: "update" rewrites both calls and their hops.
        importTracebacks(pz, "New Origin LLC", OnDuplicate.UPDATE);
        String caseUid = CaseTransfer.read(two.export(laptop, pz.id(), "peek.tbcase"), () -> null).manifest().caseUid();
        assertThat(laptop.deletions().ofCase(caseUid)).hasSize(4).allSatisfy(d -> {
            assertThat(d.part()).isEqualTo(CasePart.HOPS);
            assertThat(d.by()).isEqualTo("laptop.user");
        });

        ImportSummary second = carry(laptop, pz.id(), server, "second.tbcase");
        assertThat(second.of(CasePart.HOPS).deleted()).isEqualTo(4);
        assertThat(second.of(CasePart.HOPS).added()).isEqualTo(4);
        assertThat(hopProviders(server, first.caseId())).as("the old hops are gone there too")
                .containsExactly("Term Carrier LLC", "New Origin LLC", "Term Carrier LLC", "New Origin LLC");
    }

    /** Two tracebacks of two hops each (terminating, then originating {@code origin}) into the case. */
    private void importTracebacks(CaseFile caseFile, String origin, OnDuplicate policy) {
        StringBuilder csv = new StringBuilder("traceback_id,call_time_utc,caller_id,called_number,campaign,violation,hop,provider,"
                + "role,notified_at_utc,responded_at_utc,response,customer,attestation\n");
        for (int t = 1; t <= 2; t++) {
            String call = "TB-90" + t + ",2021-10-0" + t + "T15:00:00Z,+1202555010" + t + ",+1312555020" + t
                    + ",Replaced Hops Bench,47 USC 227(b),";
            csv.append(call).append("1,Term Carrier LLC,terminating,2021-10-05T10:00:00Z,2021-10-05T12:00:00Z,upstream_identified,,A\n");
            csv.append(call).append("2,").append(origin).append(",originating,2021-10-06T10:00:00Z,2021-10-06T12:00:00Z,")
                    .append("customer_identified,Caller 7,\n");
        }
        ImportReport report = laptop.importer().run(ImportSource.ofText("tracebacks.csv", csv.toString()),
                ImportOptions.forCase(caseFile.id()).withOnDuplicate(policy), Progress.NONE);
        assertThat(report.errors()).as(report.render()).isEmpty();
    }

    /** The providers of the hops of the case's "TB-90x" calls, by call and hop order. */
    private static List<String> hopProviders(Workbench workbench, long caseId) {
        return workbench.calls().findByCase(caseId).stream().filter(call -> "TB-901".equals(call.tracebackId())
                        || "TB-902".equals(call.tracebackId()))
                .sorted(java.util.Comparator.comparing(org.tracebench.model.TracedCall::tracebackId))
                .flatMap(call -> workbench.calls().hopsOf(call.id()).stream()
                        .sorted(java.util.Comparator.comparingInt(org.tracebench.model.Hop::order)))
                .map(hop -> workbench.providers().find(hop.providerId()).orElseThrow().name()).toList();
    }

    private void importText(CaseFile caseFile, String text, OnDuplicate policy) {
        ImportReport report = laptop.importer().run(ImportSource.ofText("attachment-a.txt", text),
                ImportOptions.forCase(caseFile.id()).withOnDuplicate(policy), Progress.NONE);
        assertThat(report.errors()).as(report.render()).isEmpty();
    }

    private static List<String> violations(Workbench workbench, long caseId) {
        return workbench.calls().findByCase(caseId).stream()
                .map(c -> c.callTimeUtc() + " " + c.callerId() + " " + c.violation() + " " + c.campaign()).sorted().toList();
    }

    /** The table with the violation of data rows 1, 11 and 21 changed and two calls of a new customer added. */
    private static String changedCopy(String original) {
        List<String> lines = new ArrayList<>(original.lines().toList());
        int data = 0;
        for (int i = 3; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) {
                continue;
            }
            if (data == 0 || data == 10 || data == 20) {
                lines.set(i, lines.get(i).replace("47 USC 227(b); 47 CFR 64.1200(a)", "47 USC 227(b)"));
            }
            data++;
        }
        lines.add("Newco Dialers LLC\tSep 02, 2021 10:00\tSep 01, 2021 09:00 UTC\t\t\tTest Refund Scam\t47 USC 227(b)");
        lines.add("Newco Dialers LLC\tSep 02, 2021 10:00\tSep 01, 2021 09:05 UTC\t\t\tTest Refund Scam\t47 USC 227(b)");
        return String.join("\n", lines) + "\n";
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = CaseCarryTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
