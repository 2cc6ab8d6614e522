package org.tracebench.sheets;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What an attachment workbook says about its case besides the rows: the title row (case, recipient, date),
 * the chosen columns, the parties for the Providers sheet and, when known, how many rows will come (for
 * progress; -1 when unknown).
 */
public record AttachmentExport(
        String caseTitle,
        String recipient,
        LocalDate date,
        ColumnLayout layout,
        List<ProviderSummary> providers,
        long expectedRows) {

    public AttachmentExport {
        Objects.requireNonNull(caseTitle, "caseTitle");
        layout = layout == null ? ColumnLayout.attachmentA() : layout;
        providers = providers == null ? List.of() : List.copyOf(providers);
    }
}
