package org.tracebench.ui.graph;

import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;

/** Opens a draft case against a provider from its dossier, with a unique key, and records it in the audit log. */
final class NewCases {

    private NewCases() {
    }

    static CaseFile create(Workbench workbench, String title, long providerId) {
        return workbench.casework().editor().openDraft(title, providerId, "From the provider dossier on the Graph screen");
    }
}
