package org.tracebench.ingest;

import java.sql.SQLException;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.model.TracedCall;
import org.tracebench.store.CampaignRepository;
import org.tracebench.store.ProviderRepository;
import org.tracebench.store.StoreException;
import org.tracebench.work.Progress;

/**
 * The state of one import while rows stream by: the report, the writer, the parties and campaigns met so
 * far, and the cell normalizations shared by the attachment and traceback formats. Each normalization
 * is recorded in the report with what was written, what it became and why.
 */
final class ImportRun {

    final ImportReport report;
    /** The source, and the sheet after the first one of a workbook: how issues name where they are. */
    String file;
    final ImportOptions options;
    private final CallBatchWriter writer;
    private final DuplicateHandler duplicates;
    private final PartyResolver parties;
    private final CampaignMatcher campaigns;
    private final CampaignRepository campaignRepository;
    private final Map<String, Long> campaignIds = new HashMap<>();
    private final Progress progress;
    private final TableReader reader;
    private final long totalBytes;
    private boolean writing = true;
    private long currentRow;

    ImportRun(ImportReport report, ImportOptions options, CallBatchWriter writer, DuplicateHandler duplicates,
              ProviderRepository providers,
              CampaignRepository campaignRepository, ProviderMerges merges, Progress progress, TableReader reader,
              long totalBytes) {
        this.report = report;
        this.file = report.source();
        this.options = options;
        this.writer = writer;
        this.duplicates = duplicates;
        this.campaignRepository = campaignRepository;
        this.progress = progress;
        this.reader = reader;
        this.totalBytes = totalBytes;
        this.campaigns = new CampaignMatcher(campaignRepository.findAll().stream().map(c -> c.name()).toList());
        this.parties = new PartyResolver(providers, false, (into, spelling) -> merges.record(into.id(), spelling,
                "same name as \"" + into.name() + "\" apart from case, punctuation or legal suffix; " + file
                        + (currentRow > 0 ? " row " + currentRow : "")));
    }

    /** A workbook's next sheet starts: issues name it from now on. */
    void sheet(int index, String name) {
        file = index == 0 ? report.source() : report.source() + ", sheet \"" + name + "\"";
    }

    /** Called once per row: progress every 4096 rows, cancellation at every row. */
    void beginRow(long row) {
        currentRow = row;
        if (progress.cancelled()) {
            throw new CancellationException("import cancelled");
        }
        if ((report.rowsRead() & 4095) == 0) {
            // XLSX counts uncompressed sheet bytes against the file's size: capped, so only roughly right.
            long total = totalBytes > 0 ? totalBytes : -1;
            progress.update(total > 0 ? Math.min(reader.bytesRead(), total) : 0, total,
                    file + ": " + report.rowsRead() + " rows read");
        }
    }

    void error(long row, String column, String written, String reason) {
        report.error(new ImportIssue(file, row, column, written, null, reason));
        writing = false;
    }

    void warn(long row, String column, String written, String reason) {
        report.warn(new ImportIssue(file, row, column, written, null, reason));
    }

    void normalized(NormalizationKind kind, long row, String column, String from, String to) {
        report.normalized(kind, new ImportIssue(file, row, column, from, to, kind.why()));
    }

    /** Every timestamp of a cell; null (and an error) when the cell is not readable. */
    List<Instant> timestamps(long row, String column, String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        List<Instant> values;
        try {
            values = TimestampParser.parseAll(text);
        } catch (IllegalArgumentException e) {
            error(row, column, text.strip(), e.getMessage());
            return null;
        }
        String written = text.strip();
        if (values.size() == 1 && written.endsWith("Z") && written.equals(values.get(0).toString())) {
            return values;
        }
        String result = values.stream().map(Instant::toString).reduce((a, b) -> a + " " + b).orElse("");
        if (written.equals(result)) {
            return values;
        }
        if (written.matches("\\d{4,6}(\\.\\d+)?")) {
            normalized(NormalizationKind.SPREADSHEET_DATE, row, column, written, result);
        } else {
            normalized(NormalizationKind.TIMESTAMP_READ, row, column, written, result);
        }
        if (values.size() > 1) {
            normalized(NormalizationKind.SEVERAL_TIMESTAMPS, row, column, written, values.size() + " timestamps");
        }
        if (!TimestampParser.namesZone(written)) {
            normalized(NormalizationKind.TIMESTAMP_NO_ZONE, row, column, written, result);
        }
        return values;
    }

    /** One timestamp; null when empty or unreadable (the caller tells them apart by the error count). */
    Instant timestamp(long row, String column, String text) {
        List<Instant> values = timestamps(row, column, text);
        if (values == null || values.isEmpty()) {
            return null;
        }
        if (values.size() > 1) {
            error(row, column, text.strip(), "expected one date and time, found " + values.size());
            return null;
        }
        return values.get(0);
    }

    String phone(long row, String column, String text) {
        PhoneNumbers.Result result = PhoneNumbers.normalize(text, options.region());
        if (result.problem() != null) {
            warn(row, column, text.strip(), result.problem());
        } else if (result.changed(text)) {
            normalized(NormalizationKind.PHONE_E164, row, column, text, result.value());
        }
        return result.value();
    }

    /** The campaign to store: as written, or the existing one when the user accepted the proposal. */
    String campaign(long row, String column, String text) {
        String written = blankToNull(text);
        if (written == null || campaigns.isKnown(written)) {
            return written;
        }
        var proposal = campaigns.proposalFor(written);
        if (proposal.isEmpty()) {
            campaigns.add(written);
            return written;
        }
        String existing = proposal.get();
        boolean accepted = options.acceptAllCampaigns() || existing.equals(options.acceptedCampaigns().get(written));
        report.propose(written, existing, accepted);
        if (accepted) {
            normalized(NormalizationKind.CAMPAIGN_ACCEPTED, row, column, written, existing);
            return existing;
        }
        return written;
    }

    Long campaignId(String campaign) {
        if (campaign == null) {
            return null;
        }
        return campaignIds.computeIfAbsent(campaign, campaignRepository::idFor);
    }

    Provider party(long row, String column, String written, PartyKind kindIfNew) {
        Provider party = parties.resolve(written, kindIfNew);
        if (!party.name().equals(written.strip())) {
            normalized(NormalizationKind.NAME_MERGED, row, column, written.strip(), party.name());
        }
        return party;
    }

    boolean writing() {
        return writing;
    }

    void write(TracedCall call, String campaign, List<CallBatchWriter.CustomerRow> customers,
               List<CallBatchWriter.HopRow> hops) {
        if (!writing) {
            return;
        }
        try {
            Long campaignId = campaignId(campaign);
            String where = call.tracebackId() != null ? file + ", traceback " + call.tracebackId() : file + ", row " + currentRow;
            if (duplicates.admit(call, campaignId, customers, hops, where, currentRow)) {
                writer.add(call, campaignId, customers, hops);
            }
        } catch (SQLException e) {
            throw new StoreException("Database error while importing " + file + " at row " + currentRow + ": "
                    + e.getMessage(), e);
        }
    }

    static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
