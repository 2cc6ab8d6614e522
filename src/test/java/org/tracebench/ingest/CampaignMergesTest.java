package org.tracebench.ingest;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.calltable.CallWording;
import org.tracebench.model.AuditEntry;
import org.tracebench.model.CampaignMerge;
import org.tracebench.model.CaseFile;
import org.tracebench.model.TracedCall;
import org.tracebench.work.Progress;

/** Campaign merges and their undoing, and the proposals, on the sample cases in a real store. */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CampaignMergesTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;
    CampaignMerges merges;
    CampaignProposals proposals;
    long pz;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir));
        workbench.samples().load();
        merges = workbench.campaignMerges();
        proposals = workbench.campaignProposals();
        pz = workbench.cases().findByIdOrKey("pz-illum-2021").map(CaseFile::id).orElseThrow();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    private Map<String, Long> counts(Long caseId) {
        return merges.list(caseId).stream().collect(Collectors.toMap(CampaignMerges.Listed::name, CampaignMerges.Listed::calls));
    }

    private Map<Long, String> descriptions() {
        return workbench.calls().findByCase(pz).stream().collect(Collectors.toMap(TracedCall::id, CallWording::description));
    }

    @Test
    void mergingCountsTheCallsUnderTheTargetKeepsDescriptionsAndUndoes() {
        Map<Long, String> before = descriptions();
        assertThat(counts(pz)).containsEntry("Arrest Warrant Scam", 14L).containsEntry("Arrest Warrant", 3L).hasSize(7);

        CampaignMerge merge = merges.merge("Arrest Warrant Scam", "Arrest Warrant");
        assertThat(merge.calls()).isEqualTo(14);
        assertThat(counts(pz)).containsEntry("Arrest Warrant", 17L).doesNotContainKey("Arrest Warrant Scam").hasSize(6);
        assertThat(merges.list(pz)).filteredOn(c -> c.name().equals("Arrest Warrant")).singleElement()
                .satisfies(c -> assertThat(c.aliases()).containsExactly(new CampaignMerges.Alias(
                        workbench.campaigns().findByName("Arrest Warrant Scam").orElseThrow().id(), "Arrest Warrant Scam", 14)));
        List<TracedCall> calls = workbench.calls().findByCase(pz);
        assertThat(calls).extracting(TracedCall::campaign).doesNotContain("Arrest Warrant Scam");
        assertThat(descriptions()).isEqualTo(before); // the paper of record
        assertThat(calls).filteredOn(c -> "Arrest Warrant Scam".equals(c.description())).hasSize(14)
                .allSatisfy(c -> assertThat(c.campaign()).isEqualTo("Arrest Warrant"));

        CampaignMerge undone = merges.undo(merge.id());
        assertThat(undone.undone()).isTrue();
        assertThat(counts(pz)).containsEntry("Arrest Warrant Scam", 14L).containsEntry("Arrest Warrant", 3L).hasSize(7);
        assertThat(descriptions()).isEqualTo(before);
        assertThatThrownBy(() -> merges.undo(merge.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("already undone");

        List<AuditEntry> audit = workbench.audit().latest(5);
        assertThat(audit).extracting(AuditEntry::action).startsWith("merge-undone", "merged");
        assertThat(audit.get(1).detail()).contains("\"Arrest Warrant Scam\" merged into \"Arrest Warrant\"", "14 calls");
    }

    @Test
    void aMergeIntoANewNameCreatesItAndTheUndoRemovesIt() {
        CampaignMerge merge = merges.merge("Utility Disconnect Sam", "Utility Disconnect");
        assertThat(merge.targetCreated()).isTrue();
        assertThat(counts(pz)).containsEntry("Utility Disconnect", 1L).doesNotContainKey("Utility Disconnect Sam");
        merges.undo(merge.id());
        assertThat(workbench.campaigns().findByName("Utility Disconnect")).isEmpty();
        assertThat(counts(pz)).containsEntry("Utility Disconnect Sam", 1L);
    }

    @Test
    void aMergedCampaignTakesItsAliasesAlongAndGetsThemBack() {
        CampaignMerge first = merges.merge("Arrest Warrant Scam", "Arrest Warrant");
        CampaignMerge second = merges.merge("Arrest Warrant", "SSA Imposter");
        assertThat(counts(pz)).containsEntry("SSA Imposter", 68L).hasSize(5);
        assertThat(workbench.campaigns().aliasesOf(workbench.campaigns().findByName("SSA Imposter").orElseThrow().id()))
                .extracting(c -> c.name()).containsExactly("Arrest Warrant", "Arrest Warrant Scam");
        // The first merge cannot be undone while the second holds its target.
        assertThatThrownBy(() -> merges.undo(first.id())).isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("undo merge " + second.id() + " first");
        assertThatThrownBy(() -> merges.merge("Arrest Warrant Scam", "CBP-Govt Imposter"))
                .hasMessageContaining("already merged into \"SSA Imposter\"");
        merges.undo(second.id());
        assertThat(counts(pz)).containsEntry("Arrest Warrant", 17L).containsEntry("SSA Imposter", 51L);
        merges.undo(first.id());
        assertThat(counts(pz)).containsEntry("Arrest Warrant", 3L).containsEntry("Arrest Warrant Scam", 14L);
    }

    @Test
    void mergingIntoAnAliasGoesToItsCanonicalCampaign() {
        merges.merge("Arrest Warrant Scam", "Arrest Warrant");
        CampaignMerge merge = merges.merge("Federal Reserve Imposter", "arrest warrant scam");
        assertThat(merge.targetName()).isEqualTo("Arrest Warrant");
        assertThatThrownBy(() -> merges.merge("No Such Campaign", "Arrest Warrant")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> merges.merge("Arrest Warrant", "Arrest Warrant")).hasMessageContaining("into itself");
    }

    @Test
    void proposesVariantsAndTyposAmongTheDataAndTheCommonNames() {
        assertThat(CampaignProposals.commonNames()).hasSizeGreaterThanOrEqualTo(30).contains("Utility Disconnect", "Arrest Warrant");
        List<CampaignProposals.Proposal> pzProposals = proposals.proposals(pz);
        assertThat(pzProposals).extracting(CampaignProposals.Proposal::from, CampaignProposals.Proposal::into,
                        CampaignProposals.Proposal::intoIsNew, CampaignProposals.Proposal::why)
                .contains(org.assertj.core.groups.Tuple.tuple("Arrest Warrant Scam", "Arrest Warrant", false,
                                CampaignProposals.Why.SAME_WORDS),
                        org.assertj.core.groups.Tuple.tuple("Utility Disconnect Sam", "Utility Disconnect", true,
                                CampaignProposals.Why.LIKELY_TYPO));
        // One direction per pair, and nothing proposed for the well-spelt ones.
        assertThat(pzProposals).extracting(CampaignProposals.Proposal::from)
                .doesNotContain("Arrest Warrant", "SSA Imposter", "CBP-Govt Imposter", "Federal Reserve Imposter");

        pzProposals.forEach(p -> merges.merge(p.from(), p.into()));
        assertThat(proposals.proposals(pz)).isEmpty();
        assertThat(counts(pz)).hasSize(6).doesNotContainKey("Utility Disconnect Sam");
    }

    @Test
    void aTypoWithTheDataNameFoundAcrossCases() {
        workbench.importer().run(ImportSource.ofText("more.tsv", "Customer\tDate of Call\tDescription\n"
                + "Acme\tSep 13, 2021 14:43 UTC\tSSA Imposer\nAcme\tSep 14, 2021 14:43 UTC\tssa imposter\n"),
                ImportOptions.forCase(pz), Progress.NONE);
        assertThat(proposals.proposals(pz)).extracting(CampaignProposals.Proposal::from, CampaignProposals.Proposal::into,
                        CampaignProposals.Proposal::why)
                .contains(org.assertj.core.groups.Tuple.tuple("SSA Imposer", "SSA Imposter", CampaignProposals.Why.LIKELY_TYPO),
                        org.assertj.core.groups.Tuple.tuple("ssa imposter", "SSA Imposter", CampaignProposals.Why.SAME_NAME));
    }

    @Test
    void undoingAnImportKeepsACampaignThatTakesPartInAMerge() {
        var report = workbench.importer().run(ImportSource.ofText("more.tsv", "Customer\tDate of Call\tDescription\n"
                + "Acme\tSep 13, 2021 14:43 UTC\tArrest Warant\n"), ImportOptions.forCase(pz), Progress.NONE);
        assertThat(report.errors()).isEmpty();
        merges.merge("Arrest Warrant", "Arrest Warant"); // a merge into the imported campaign
        long batch = workbench.importBatches().list(pz).get(0).id();
        workbench.importBatches().undo(batch, false);
        assertThat(counts(pz)).containsEntry("Arrest Warant", 3L);
    }
}
