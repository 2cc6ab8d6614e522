package org.tracebench.ingest;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.Hop;
import org.tracebench.model.HopRole;
import org.tracebench.model.Provider;
import org.tracebench.model.ResponseStatus;
import org.tracebench.model.TracedCall;
import org.tracebench.work.Progress;

@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class ImporterTest {

    @Parameter
    Store store;

    private static final String TRACEBACK_HEADER = "traceback_id,call_time_utc,caller_id,called_number,campaign,violation,"
            + "hop,provider,role,notified_at_utc,responded_at_utc,response,customer,attestation\n";

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

    private Path write(String name, String text, Charset charset) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, text.getBytes(charset));
        return file;
    }

    private ImportReport run(Path file, ImportOptions options) {
        return importer.run(ImportSource.of(file), options, Progress.NONE);
    }

    @Test
    void malformedCsvGivesRowAndColumnErrorsAndWritesNothing() throws Exception {
        Path file = write("bad.csv", """
                Customer,Date of Call,Caller ID,Description
                Acme Dialers,"Sep 07, 2021 17:36",2025550182,SSA Imposter
                New Party LLC,Sep 31 2021 25:99,2025550183,SSA Imposter
                Acme Dialers,"Sep 08, 2021 10:00",2025550184,SSA Imposter,surplus
                """, StandardCharsets.UTF_8);
        int providersBefore = workbench.providers().count();
        ImportReport report = run(file, ImportOptions.forCase(null));
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(report.errors()).extracting(ImportIssue::describe).containsExactly(
                "bad.csv, row 3, column Date of Call: \"Sep 31 2021 25:99\": not a valid date: \"Sep 31 2021 25:99\" (Invalid date 'SEPTEMBER 31')",
                "bad.csv, row 4: the row has 5 cells but the header (row 1) has 4; is a separator inside a cell not quoted?");
        assertThat(workbench.calls().count()).isZero();
        assertThat(workbench.providers().count()).isEqualTo(providersBefore);
        assertThat(workbench.audit().latest(5)).noneMatch(e -> e.action().equals("import"));
    }

    @Test
    void missingColumnsAndGarbageWorkbooksAreRejectedWithAReason() throws Exception {
        ImportReport noHeader = run(write("plain.csv", "a,b,c\n1,2,3\n", StandardCharsets.UTF_8), ImportOptions.forCase(null));
        assertThat(noHeader.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(noHeader.errors()).singleElement().satisfies(e -> assertThat(e.reason()).contains("no header row found"));

        ImportReport noCustomer = run(write("calls.csv", "Date of Call,Caller ID\n2021-09-07 17:36,2025550182\n",
                StandardCharsets.UTF_8), ImportOptions.forCase(null));
        assertThat(noCustomer.errors()).singleElement().satisfies(e -> {
            assertThat(e.row()).isEqualTo(1);
            assertThat(e.column()).isEqualTo("Customer");
            assertThat(e.reason()).startsWith("no column for Customer");
        });

        Path fakeXlsx = write("fake.xlsx", "PK\u0003\u0004 this is not a workbook", StandardCharsets.ISO_8859_1);
        ImportReport garbage = run(fakeXlsx, ImportOptions.forCase(null));
        assertThat(garbage.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(garbage.errors()).singleElement().satisfies(e -> assertThat(e.reason()).startsWith("cannot read the file"));
        assertThat(workbench.calls().count()).isZero();
    }

    @Test
    void unrecognisedHeaderCanBeMappedByTheUser() throws Exception {
        Path file = write("portal.csv", "Kunde;Anrufzeit;Kampagne\nAcme Dialers;2021-09-07 17:36;SSA Imposter\n",
                StandardCharsets.UTF_8);
        Importer.HeaderCheck check = importer.checkHeader(ImportSource.of(file), null);
        assertThat(check.unrecognised()).containsExactly("Kunde", "Anrufzeit", "Kampagne");
        ImportReport report = run(file, ImportOptions.forCase(null).withColumnMap(
                Map.of("Kunde", "customer", "Anrufzeit", "call_time", "Kampagne", "Description")));
        assertThat(report.errors()).as(report.render()).isEmpty();
        TracedCall call = workbench.calls().findAll().get(0);
        assertThat(call.customers()).containsExactly("Acme Dialers");
        assertThat(call.callTimeUtc()).isEqualTo(Instant.parse("2021-09-07T17:36:00Z"));
        assertThat(call.campaign()).isEqualTo("SSA Imposter");
    }

    @Test
    void windows1252TextPhoneNumbersAndNameVariantsAreNormalizedAndReported() throws Exception {
        Path file = write("export.csv", """
                Customer,Date of Call,Caller ID,Called Number
                "Société Télécom, Inc.","17 Sep 2021 05:20 AM",(202) 555-0182,
                SOCIETE TELECOM INC,9/18/2021 17:05,12025550183,not known
                """, Charset.forName("windows-1252"));
        ImportReport report = run(file, ImportOptions.forCase(null));
        assertThat(report.errors()).as(report.render()).isEmpty();
        assertThat(report.encoding()).isEqualTo("Windows-1252 (not valid UTF-8)");
        List<TracedCall> calls = workbench.calls().findAll();
        assertThat(calls.get(0).customers()).containsExactly("Société Télécom, Inc.");
        assertThat(calls.get(1).customers()).containsExactly("Société Télécom, Inc.");
        assertThat(calls.get(0).callerId()).isEqualTo("+12025550182");
        assertThat(calls.get(0).calledNumber()).isNull();
        assertThat(calls.get(0).callTimeUtc()).isEqualTo(Instant.parse("2021-09-17T05:20:00Z"));
        assertThat(calls.get(1).callTimeUtc()).isEqualTo(Instant.parse("2021-09-18T17:05:00Z"));
        assertThat(calls.get(1).calledNumber()).isEqualTo("not known");
        assertThat(report.warnings()).anySatisfy(w -> assertThat(w.describe())
                .isEqualTo("export.csv, row 3, column Called Number: \"not known\": not a phone number (not a number); kept as written"));
        assertThat(report.examples(NormalizationKind.PHONE_E164)).first().satisfies(e ->
                assertThat(e.describe()).isEqualTo("export.csv, row 2, column Caller ID: \"(202) 555-0182\" -> \"+12025550182\" ("
                        + NormalizationKind.PHONE_E164.why() + ")"));
        assertThat(report.examples(NormalizationKind.NAME_MERGED)).singleElement()
                .satisfies(e -> assertThat(e.to()).isEqualTo("Société Télécom, Inc."));
        Provider party = workbench.providers().findByName("Societe Telecom").orElseThrow();
        assertThat(party.aliases()).containsExactly("SOCIETE TELECOM INC");
    }

    @Test
    void campaignVariantsAreProposedAndOnlyRenamedWhenAccepted() throws Exception {
        workbench.campaigns().idFor("Utility Disconnect Scam");
        String text = "Customer\tDate of Call\tDescription\nA\tSep 03, 2021 13:48 UTC\tArrest Warrant Scam\n"
                + "B\tSep 13, 2021 14:43 UTC\tArrest Warrant\nC\tSep 15, 2021 16:57 UTC\tUtility Disconnect Sam\n";
        ImportReport preview = importer.run(ImportSource.ofText("pasted", text),
                ImportOptions.forCase(null).withDryRun(true), Progress.NONE);
        assertThat(preview.campaignProposals()).extracting(CampaignProposal::written, CampaignProposal::existing,
                CampaignProposal::accepted).containsExactly(
                org.assertj.core.groups.Tuple.tuple("Arrest Warrant", "Arrest Warrant Scam", false),
                org.assertj.core.groups.Tuple.tuple("Utility Disconnect Sam", "Utility Disconnect Scam", false));
        assertThat(workbench.calls().count()).isZero();

        ImportReport accepted = importer.run(ImportSource.ofText("pasted", text), ImportOptions.forCase(null)
                .withAcceptedCampaigns(Map.of("Utility Disconnect Sam", "Utility Disconnect Scam"), false), Progress.NONE);
        assertThat(accepted.outcome()).isEqualTo(ImportReport.Outcome.WRITTEN);
        assertThat(workbench.calls().findAll()).extracting(TracedCall::campaign)
                .containsExactly("Arrest Warrant Scam", "Arrest Warrant", "Utility Disconnect Scam");
    }

    @Test
    void tracebackFileImportsHopsAndRejectsBrokenOnes() throws Exception {
        Path good = write("tb.csv", TRACEBACK_HEADER + """
                TB-1,2025-06-11T08:39:00Z,+12025550182,+13125550151,Financial Impersonation Scam,47 USC 227(b),1,Carrier One,terminating,2025-06-11T14:39:00Z,2025-06-11T20:39:00Z,upstream_identified,,A
                TB-1,2025-06-11T08:39:00Z,+12025550182,+13125550151,Financial Impersonation Scam,47 USC 227(b),2,"Belle Telecom, LLC",Gateway,2025-06-11T17:39:00Z,,No Response,,C
                TB-2,2025-06-12T08:00:00Z,,,Financial Impersonation Scam,47 USC 227(b),1,Carrier One,terminating,2025-06-12T10:00:00Z,2025-06-12T11:00:00Z,upstream_identified,,
                TB-2,2025-06-12T08:00:00Z,,,Financial Impersonation Scam,47 USC 227(b),2,Belle Telecom LLC,originating,2025-06-12T12:00:00Z,2025-06-12T13:00:00Z,customer_identified,Acme Dialers / Robo Inc,
                """, StandardCharsets.UTF_8);
        ImportReport report = run(good, ImportOptions.forCase(null));
        assertThat(report.format()).isEqualTo(ImportFormat.TRACEBACKS);
        assertThat(report.errors()).as(report.render()).isEmpty();
        assertThat(report.callsWritten()).isEqualTo(2);
        assertThat(report.hopsWritten()).isEqualTo(4);
        List<TracedCall> calls = workbench.calls().findAll();
        assertThat(calls.get(0).response()).isEqualTo(ResponseStatus.NO_RESPONSE);
        assertThat(calls.get(1).customers()).containsExactly("Acme Dialers", "Robo Inc");
        List<Hop> hops = workbench.calls().hopsOf(calls.get(0).id());
        assertThat(hops).extracting(Hop::role).containsExactly(HopRole.TERMINATING, HopRole.GATEWAY);
        assertThat(hops.get(1).attestation()).isEqualTo("C");
        Provider belle = workbench.providers().find(hops.get(1).providerId()).orElseThrow();
        assertThat(belle.name()).isEqualTo("Belle Telecom, LLC");
        assertThat(belle.aliases()).containsExactly("Belle Telecom LLC");

        // Importing it again into no case finds both tracebacks there and writes nothing (skip is the default).
        ImportReport again = run(good, ImportOptions.forCase(null));
        assertThat(again.outcome()).as(again.render()).isEqualTo(ImportReport.Outcome.WRITTEN);
        assertThat(again.identicalCalls()).isEqualTo(2);
        assertThat(again.callsWritten()).isZero();
        assertThat(workbench.calls().count()).isEqualTo(2);
        // Writing them again anyway is refused: a traceback id names one call.
        ImportReport kept = run(good, ImportOptions.forCase(null).withOnDuplicate(OnDuplicate.KEEP));
        assertThat(kept.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(kept.errors()).extracting(ImportIssue::from).containsExactlyInAnyOrder("TB-1", "TB-2");
        assertThat(workbench.calls().count()).isEqualTo(2);

        Path bad = write("tb-bad.csv", TRACEBACK_HEADER + """
                TB-3,2025-06-11T08:39:00Z,,,X,,1,Carrier One,terminator,,,upstream_identified,,A
                TB-3,2025-06-11T08:39:00Z,,,X,,1,Carrier Two,intermediate,,,upstream_identified,,D
                TB-4,2025-06-11T08:39:00Z,,,X,,1,Carrier One,terminating,,,upstream_identified,,
                TB-3,2025-06-11T08:39:00Z,,,X,,2,Carrier Three,originating,,,maybe,,
                """, StandardCharsets.UTF_8);
        ImportReport rejected = run(bad, ImportOptions.forCase(null).withFormat(ImportFormat.TRACEBACKS));
        assertThat(rejected.outcome()).isEqualTo(ImportReport.Outcome.REJECTED);
        assertThat(rejected.errors()).extracting(ImportIssue::describe).contains(
                "tb-bad.csv, row 2, column role: \"terminator\": not one of terminating, intermediate, gateway, originating",
                "tb-bad.csv, row 3, column attestation: \"D\": STIR/SHAKEN attestation is A, B, C or empty",
                "tb-bad.csv, row 5, column response: \"maybe\": not one of upstream_identified, customer_identified, no_response, pending");
        assertThat(workbench.calls().count()).isEqualTo(2);
    }

    @Test
    void tracebackRowsThatAreNotTogetherAreAnError() throws Exception {
        Path split = write("split.csv", TRACEBACK_HEADER + """
                TB-5,2025-06-11T08:39:00Z,,,X,,1,Carrier One,terminating,,,upstream_identified,,
                TB-6,2025-06-11T08:39:00Z,,,X,,1,Carrier One,terminating,,,upstream_identified,,
                TB-5,2025-06-11T08:39:00Z,,,X,,2,Carrier Two,originating,,,no_response,,
                """, StandardCharsets.UTF_8);
        ImportReport report = run(split, ImportOptions.forCase(null));
        assertThat(report.errors()).singleElement().satisfies(e -> {
            assertThat(e.from()).isEqualTo("TB-5");
            assertThat(e.reason()).contains("not together");
        });
        assertThat(workbench.calls().count()).isZero();
    }

    @Test
    void cancellingLeavesNothingWritten() throws Exception {
        StringBuilder text = new StringBuilder("Customer\tDate of Call\n");
        for (int i = 0; i < 5000; i++) {
            text.append("Party ").append(i % 7).append("\t2021-09-07 17:36\n");
        }
        Progress cancelAfterAWhile = new Progress() {
            int calls;

            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return ++calls > 3000;
            }
        };
        ImportReport report = importer.run(ImportSource.ofText("pasted", text.toString()), ImportOptions.forCase(null),
                cancelAfterAWhile);
        assertThat(report.outcome()).isEqualTo(ImportReport.Outcome.CANCELLED);
        assertThat(workbench.calls().count()).isZero();
        assertThat(workbench.providers().count()).isZero();
    }

    @Test
    void aMergeMadeByAnImportCanBeUndone() throws Exception {
        String text = "Customer\tDate of Call\nSpinning Mantra Communications Pvt. Ltd.\t2021-09-07 21:11\n"
                + "Spinning Mantra Communications Pvt. Ltd\t2021-09-07 17:27\n";
        importer.run(ImportSource.ofText("pasted", text), ImportOptions.forCase(null), Progress.NONE);
        Provider mantra = workbench.providers().findByName("Spinning Mantra Communications").orElseThrow();
        ProviderMerges merges = workbench.providerMerges();
        List<ProviderMerges.Merge> history = merges.forProvider(mantra.id());
        assertThat(history).singleElement().satisfies(m -> {
            assertThat(m.spelling()).isEqualTo("Spinning Mantra Communications Pvt. Ltd");
            assertThat(m.reason()).contains("pasted row 3");
        });

        Provider split = merges.undo(history.get(0).id());
        assertThat(split.name()).isEqualTo("Spinning Mantra Communications Pvt. Ltd");
        List<TracedCall> calls = workbench.calls().findAll();
        assertThat(calls.get(0).customers()).containsExactly("Spinning Mantra Communications Pvt. Ltd.");
        assertThat(calls.get(1).customers()).containsExactly("Spinning Mantra Communications Pvt. Ltd");
        assertThat(workbench.providers().find(mantra.id()).orElseThrow().aliases()).isEmpty();
        assertThat(merges.forProvider(mantra.id()).get(0).undone()).isTrue();
        assertThatThrownBy(() -> merges.undo(history.get(0).id())).hasMessageContaining("already undone");

        Provider back = merges.merge(split.id(), mantra.id());
        assertThat(back.aliases()).containsExactly("Spinning Mantra Communications Pvt. Ltd");
        assertThat(workbench.calls().findAll().get(1).customers()).containsExactly("Spinning Mantra Communications Pvt. Ltd.");
    }
}
