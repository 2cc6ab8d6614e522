package org.tracebench.ui.providers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.tracebench.model.Contact;
import org.tracebench.model.EnforcementAction;
import org.tracebench.model.EnforcementKind;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;
import org.tracebench.model.StirShaken;

class ProvidersViewModelTest {

    private static Provider provider(RmdStatus status) {
        return new Provider(7, "GREEN PACKET GLOBAL PTE LTD", PartyKind.PROVIDER, List.of("Green Packet Global"),
                "0031000002", "RMD0100002", status, true, null, StirShaken.PARTIAL, Contact.NONE, false);
    }

    @Test
    void searchMatchesAnyNameFrnAndRmdNumber() {
        Provider p = provider(RmdStatus.REGISTERED);
        assertThat(ProvidersViewModel.matches(p, "green packet global")).isTrue();
        assertThat(ProvidersViewModel.matches(p, "Green Packet Global Pte. Ltd.")).isTrue();
        assertThat(ProvidersViewModel.matches(p, "31000002")).isTrue();
        assertThat(ProvidersViewModel.matches(p, "rmd0100002")).isTrue();
        assertThat(ProvidersViewModel.matches(p, "Belle")).isFalse();
        assertThat(ProvidersViewModel.matches(p, "   ")).isTrue();
    }

    @Test
    void aRemovedProviderShowsItsRemovalOrderAndDate() {
        List<EnforcementAction> history = List.of(
                new EnforcementAction(1, 7, EnforcementKind.CEASE_AND_DESIST, LocalDate.of(2023, 5, 2), "EB-1", null, null, null),
                new EnforcementAction(2, 7, EnforcementKind.REMOVAL_ORDER, LocalDate.of(2024, 2, 9), "DA 24-0001", null, null, null));
        assertThat(ProvidersViewModel.statusText(provider(RmdStatus.REMOVED), history))
                .isEqualTo("Removed by removal order DA 24-0001 of 2024-02-09");
        assertThat(ProvidersViewModel.statusText(provider(RmdStatus.REMOVED), List.of()))
                .isEqualTo("Removed (no removal order on file)");
        assertThat(ProvidersViewModel.statusText(provider(RmdStatus.NOT_FILED), history)).isEqualTo("Not filed");
    }

    @Test
    void anEditSavedOverAColleaguesAsksAndSavesTheChoice(@org.junit.jupiter.api.io.TempDir java.nio.file.Path dir) {
        try (org.tracebench.app.Workbench workbench = org.tracebench.app.Workbench.open(
                org.tracebench.store.DatabaseLocation.inDirectory(dir))) {
            workbench.samples().load();
            org.tracebench.ui.ScriptedDialogs dialogs = new org.tracebench.ui.ScriptedDialogs();
            ProvidersViewModel model = new ProvidersViewModel(workbench, new org.tracebench.ui.InlineTaskRunner(), dialogs);
            model.reload();
            Provider read = model.visibleProviders().get(0);
            workbench.casework().editor().saveProvider(read, org.tracebench.model.RecordFields.with(read, "country", "SG"));
            dialogs.answerConflict(java.util.Optional.of(new org.tracebench.ui.common.ConflictDialog.Decision(true,
                    java.util.Set.of("contact.phone"))));
            model.saveProvider(read, org.tracebench.model.RecordFields.with(read, "contact.phone", "+65 6000 0000"));
            assertThat(dialogs.conflicts()).singleElement()
                    .satisfies(c -> assertThat(c.fieldsToDecide()).containsExactlyInAnyOrder("country", "contact.phone"));
            Provider saved = workbench.providers().find(read.id()).orElseThrow();
            assertThat(saved.country()).isEqualTo("SG");
            assertThat(saved.contact().phone()).isEqualTo("+65 6000 0000");
        }
    }
}
