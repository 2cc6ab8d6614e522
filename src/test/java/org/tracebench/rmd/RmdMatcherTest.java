package org.tracebench.rmd;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracebench.model.Contact;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;
import org.tracebench.model.StirShaken;

class RmdMatcherTest {

    private static Provider provider(long id, String name, String frn, String rmd, String... aliases) {
        return new Provider(id, name, PartyKind.PROVIDER, List.of(aliases), frn, rmd, RmdStatus.UNKNOWN, false, null,
                StirShaken.UNKNOWN, Contact.NONE, false);
    }

    private static RmdRecord row(String rmd, String name, String frn, List<String> previous, List<String> other) {
        return new RmdRecord(2, rmd, name, frn, previous, other, false, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    private final Provider northwind = provider(1, "Northwind Voice LLC", null, null);
    private final Provider bluegate = provider(2, "Bluegate Communications Inc.", "0031000002", null);
    private final Provider copper = provider(3, "Copperline Telephone Company", null, "RMD0100008");
    private final Provider quill = provider(4, "Quill Voice", null, null);
    private final Provider belle = provider(5, "Belle Telecom LLC", null, null);
    private final Provider twinA = provider(6, "Twin Telecom LLC", null, null);
    private final Provider twinB = provider(7, "Twin Telecom Inc.", null, null);
    private final Provider caller = new Provider(8, "Sample Originator", PartyKind.CUSTOMER, List.of(), null, null,
            RmdStatus.UNKNOWN, false, null, StirShaken.UNKNOWN, Contact.NONE, true);
    private final RmdMatcher matcher = new RmdMatcher(List.of(northwind, bluegate, copper, quill, belle, twinA, twinB, caller));

    @Test
    void rmdNumberWinsOverAChangedName() {
        RmdMatch m = matcher.match(row("RMD0100008", "Copperline Holdings", null, List.of(), List.of()));
        assertThat(m.certainty()).isEqualTo(RmdMatch.Certainty.CERTAIN);
        assertThat(m.provider()).isEqualTo(copper);
        assertThat(m.rule()).isEqualTo("RMD number");
    }

    @Test
    void frnMatchesEvenWhenTheSpreadsheetDroppedLeadingZeros() {
        RmdMatch m = matcher.match(row("RMD0100002", "Bluegate Comms", RmdCsvReader.normalizeFrn("31000002"), List.of(), List.of()));
        assertThat(m.certainty()).isEqualTo(RmdMatch.Certainty.CERTAIN);
        assertThat(m.provider()).isEqualTo(bluegate);
        assertThat(m.rule()).isEqualTo("FRN");
    }

    @Test
    void businessNameMatchesAcrossPunctuationAndLegalForm() {
        RmdMatch m = matcher.match(row("RMD1", "NORTHWIND VOICE, L.L.C.", "0000000001", List.of(), List.of()));
        assertThat(m.certainty()).isEqualTo(RmdMatch.Certainty.CERTAIN);
        assertThat(m.provider()).isEqualTo(northwind);
        assertThat(m.rule()).isEqualTo("business name");
    }

    @Test
    void dbaAndPreviousNamesMatchARenamedProvider() {
        RmdMatch dba = matcher.match(row("RMD2", "Quillfeather Networks LLC", null, List.of(), List.of("Quill Voice")));
        assertThat(dba.provider()).isEqualTo(quill);
        assertThat(dba.rule()).isEqualTo("DBA name");
        RmdMatch renamed = matcher.match(row("RMD3", "Northwind Voice Holdings LLC", null, List.of("Northwind Voice LLC"), List.of()));
        assertThat(renamed.provider()).isEqualTo(northwind);
        assertThat(renamed.rule()).isEqualTo("previous name");
    }

    @Test
    void twoProvidersWithTheSameNameGoToReview() {
        RmdMatch m = matcher.match(row("RMD4", "Twin Telecom", null, List.of(), List.of()));
        assertThat(m.certainty()).isEqualTo(RmdMatch.Certainty.UNCERTAIN);
        assertThat(m.provider()).isNull();
        assertThat(m.candidates()).containsExactlyInAnyOrder(twinA, twinB);
    }

    @Test
    void aContradictingIdentifierIsNeverTakenSilently() {
        RmdMatch frn = matcher.match(row(null, "Bluegate Communications Inc.", "0099999999", List.of(), List.of()));
        assertThat(frn.certainty()).isEqualTo(RmdMatch.Certainty.UNCERTAIN);
        assertThat(frn.reason()).contains("FRN 0099999999 in the file, 0031000002 on record");
        RmdMatch rmd = matcher.match(row("RMD7777777", "Copperline Telephone Company", null, List.of(), List.of()));
        assertThat(rmd.certainty()).isNotEqualTo(RmdMatch.Certainty.CERTAIN);
    }

    @Test
    void aNearNameIsOnlyProposed() {
        RmdMatch m = matcher.match(row("RMD5", "Belle Telecom Services Inc.", null, List.of(), List.of()));
        assertThat(m.certainty()).isEqualTo(RmdMatch.Certainty.UNCERTAIN);
        assertThat(m.candidates()).containsExactly(belle);
        assertThat(m.reason()).contains("similar name");
    }

    @Test
    void aStrangerAndCallersAreNotMatched() {
        assertThat(matcher.match(row("RMD6", "Saltmarsh Telecom LLC", null, List.of(), List.of())).certainty())
                .isEqualTo(RmdMatch.Certainty.NONE);
        assertThat(matcher.match(row("RMD8", "Sample Originator", null, List.of(), List.of())).certainty())
                .isEqualTo(RmdMatch.Certainty.NONE);
    }

    @Test
    void twoRowsClaimingOneProviderBothGoToReview() {
        List<RmdMatch> all = matcher.matchAll(List.of(
                row("RMD9", "Northwind Voice LLC", null, List.of(), List.of()),
                row("RMD10", "Northwind Voice Inc", null, List.of(), List.of())));
        assertThat(all).allSatisfy(m -> assertThat(m.certainty()).isEqualTo(RmdMatch.Certainty.UNCERTAIN));
        assertThat(all.get(0).reason()).contains("also matches row(s)");
    }
}
