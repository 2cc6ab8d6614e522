package org.tracebench.ui.graph;

import java.time.LocalDate;
import java.util.Locale;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.CaseStatus;

/** Opens a draft case against a provider from its dossier, with a unique key, and records it in the audit log. */
final class NewCases {

    private NewCases() {
    }

    static CaseFile create(Workbench workbench, String title, long providerId) {
        return workbench.database().inTransaction(() -> {
            String base = title.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("(^-|-$)", "");
            String key = base.isEmpty() ? "case" : base;
            for (int i = 2; workbench.cases().findByKey(key).isPresent(); i++) {
                key = base + "-" + i;
            }
            CaseFile created = workbench.cases().insert(new CaseFile(0, key, title, providerId, null, null,
                    CaseStatus.DRAFT, LocalDate.now(), null, null, null, null, false));
            workbench.audit().record("case", created.id(), "create", "From the provider dossier on the Graph screen");
            return created;
        });
    }
}
