package org.tracebench.sheets;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.tracebench.model.CallSource;

/**
 * What an attachment workbook says about its case besides the rows: the title row (case, recipient, date),
 * the chosen columns, the parties for the Providers sheet, where the calls came from for the Sources sheet and,
 * when known, how many rows will come (for progress; -1 when unknown).
 */
public record AttachmentExport(
        String caseTitle,
        String recipient,
        LocalDate date,
        ColumnLayout layout,
        List<ProviderSummary> providers,
        long expectedRows,
        List<CallSource> sources) {

    public AttachmentExport {
        Objects.requireNonNull(caseTitle, "caseTitle");
        layout = layout == null ? ColumnLayout.attachmentA() : layout;
        providers = providers == null ? List.of() : List.copyOf(providers);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** An export whose calls' sources are not known (its Sources sheet says only that none was typed). */
    public AttachmentExport(String caseTitle, String recipient, LocalDate date, ColumnLayout layout,
                            List<ProviderSummary> providers, long expectedRows) {
        this(caseTitle, recipient, date, layout, providers, expectedRows, List.of());
    }
}
