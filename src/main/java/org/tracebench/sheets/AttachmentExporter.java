package org.tracebench.sheets;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Contact;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;
import org.tracebench.store.CallSourceRepository;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.TracedCallRepository;
import org.tracebench.work.Progress;
import org.tracebench.work.StagedFile;
import org.tracebench.work.TempFolder;

/**
 * Exports a stored case as an Attachment A workbook: gathers the title facts and the parties, streams the
 * calls from the store into {@link AttachmentWorkbookWriter}, and writes to a temporary file that replaces
 * the target only when complete, so a failed or cancelled export leaves nothing half-written. The
 * temporary file and POI's own sheet files go to the session's private {@link TempFolder}, not beside the
 * target nor in the shared system temporary folder: they hold case data.
 */
public final class AttachmentExporter {

    private final Database database;
    private final CaseRepository cases;
    private final ProviderRepository providers;
    private final TracedCallRepository calls;
    private final TempFolder temp;
    private final CallSourceRepository sources;

    public AttachmentExporter(Database database, CaseRepository cases, ProviderRepository providers,
                              TracedCallRepository calls, TempFolder temp, CallSourceRepository sources) {
        this.database = database;
        this.cases = cases;
        this.providers = providers;
        this.calls = calls;
        this.temp = temp;
        this.sources = sources;
    }

    public AttachmentWorkbookWriter.Result export(long caseId, ColumnLayout layout, Path target, Progress progress)
            throws IOException {
        return export(caseId, layout, target, progress, new AttachmentWorkbookWriter());
    }

    AttachmentWorkbookWriter.Result export(long caseId, ColumnLayout layout, Path target, Progress progress,
            AttachmentWorkbookWriter writer) throws IOException {
        CaseFile caseFile = cases.find(caseId)
                .orElseThrow(() -> new IllegalArgumentException("No case with id " + caseId));
        AttachmentExport export = describe(caseFile, layout);
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException("Folder " + folder + " does not exist");
        }
        PoiTempFiles.useFolder(temp.directory());
        try (StagedFile partial = StagedFile.of(temp, absolute)) {
            AttachmentWorkbookWriter.Result result;
            try (OutputStream out = Files.newOutputStream(partial.path())) {
                result = writer.write(export, new CaseCalls(calls, caseId), out, progress);
            }
            partial.moveIntoPlace();
            return result;
        }
    }

    /** The title facts, the Providers sheet and the sources of the calls of a case. */
    public AttachmentExport describe(CaseFile caseFile, ColumnLayout layout) {
        Provider target = caseFile.targetProviderId() == null ? null
                : providers.find(caseFile.targetProviderId()).orElse(null);
        return new AttachmentExport(caseFile.title(), recipient(caseFile.recipient(), target),
                caseFile.letterDate() != null ? caseFile.letterDate() : caseFile.openedOn(), layout,
                providerSummaries(caseFile.id()), calls.countByCase(caseFile.id()), sources.sourcesOfCase(caseFile.id()));
    }

    static String recipient(Contact contact, Provider target) {
        List<String> parts = new ArrayList<>();
        if (contact.person() != null && !contact.person().isBlank()) {
            parts.add(contact.person().strip());
        }
        if (contact.title() != null && !contact.title().isBlank()) {
            parts.add(contact.title().strip());
        }
        if (target != null) {
            parts.add(target.name());
        }
        return String.join(", ", parts);
    }

    /**
     * Every party in the case's calls, as a hop provider or a named customer, with the number of calls it
     * appears in and the number of its hops that went unanswered; most calls first.
     */
    List<ProviderSummary> providerSummaries(long caseId) {
        record Counts(long providerId, long calls, long noResponses) {
        }
        List<Counts> counts = database.withConnection(c -> Jdbc.query(c, """
                SELECT party, COUNT(DISTINCT call_id) AS calls, SUM(no_response) AS no_responses FROM (
                    SELECT h.provider_id AS party, h.traced_call_id AS call_id,
                           CASE WHEN h.response = 'NO_RESPONSE' THEN 1 ELSE 0 END AS no_response
                    FROM hop h JOIN traced_call t ON t.id = h.traced_call_id WHERE t.case_id = ?
                    UNION ALL
                    SELECT k.provider_id, k.traced_call_id, 0
                    FROM traced_call_customer k JOIN traced_call t ON t.id = k.traced_call_id WHERE t.case_id = ?
                ) parties GROUP BY party ORDER BY calls DESC, party""",
                row -> new Counts(row.getLong("party"), row.getLong("calls"), row.getLong("no_responses")),
                caseId, caseId));
        List<ProviderSummary> result = new ArrayList<>(counts.size());
        for (Counts count : counts) {
            providers.find(count.providerId()).ifPresent(p -> result.add(new ProviderSummary(p.name(),
                    p.kind() == null ? PartyKind.PROVIDER : p.kind(), p.aliases(), p.rmdNumber(),
                    p.rmdStatus() == null ? RmdStatus.UNKNOWN : p.rmdStatus(), p.country(), count.calls(),
                    count.noResponses())));
        }
        return result;
    }
}
