package org.tracebench.rmd;

import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.tracebench.graph.ProviderQueries;
import org.tracebench.model.Contact;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;
import org.tracebench.model.StirShaken;
import org.tracebench.store.AuditLog;
import org.tracebench.store.Database;
import org.tracebench.store.ProviderRepository;

/**
 * Imports an RMD export as a dated snapshot and brings the providers' RMD standing up to date:
 * certain matches take the filer's RMD number, FRN, implementation, foreign flag and names; uncertain ones go
 * to the review list untouched; known providers absent from the export are shown as not filed (a removal
 * decided by an order stays "removed"), each with the providers that accepted its traffic.
 * All of it happens in one transaction.
 */
public final class RmdImporter {

    private final Database database;
    private final ProviderRepository providers;
    private final RmdSnapshotStore snapshots;
    private final ProviderQueries queries;
    private final AuditLog audit;
    private final Clock clock;

    public RmdImporter(Database database, ProviderRepository providers, RmdSnapshotStore snapshots,
                       ProviderQueries queries, AuditLog audit, Clock clock) {
        this.database = database;
        this.providers = providers;
        this.snapshots = snapshots;
        this.queries = queries;
        this.audit = audit;
        this.clock = clock;
    }

    /** Reads and imports a file; the snapshot date defaults to today. Throws RmdFormatException on bad input. */
    public RmdImportReport importFile(Path file, LocalDate asOf) {
        RmdCsvReader reader = new RmdCsvReader();
        List<RmdRecord> records = reader.read(file);
        return importRecords(records, file.getFileName().toString(), asOf).withEncoding(reader.encoding());
    }

    public RmdImportReport importRecords(List<RmdRecord> records, String sourceName, LocalDate asOf) {
        LocalDate date = asOf == null ? LocalDate.now(clock) : asOf;
        return database.inTransaction(() -> {
            List<Provider> known = providers.findAll();
            List<RmdMatch> matches = new RmdMatcher(known).matchAll(records);
            RmdSnapshot snapshot = snapshots.insertSnapshot(date, sourceName, records.size(), clock.instant());
            List<Long> entryIds = snapshots.insertEntries(snapshot.id(), matches);
            int certain = 0;
            int review = 0;
            int unknown = 0;
            List<String> changes = new ArrayList<>();
            Set<Long> present = new HashSet<>();
            for (int i = 0; i < matches.size(); i++) {
                RmdMatch m = matches.get(i);
                switch (m.certainty()) {
                    case CERTAIN -> {
                        certain++;
                        present.add(m.provider().id());
                        applyRecord(m.provider(), m.record(), m.rule()).ifPresent(changes::add);
                    }
                    case UNCERTAIN -> {
                        // The candidates might be this filer: do not call them "not filed" either.
                        m.candidates().forEach(p -> present.add(p.id()));
                        for (Provider candidate : m.candidates()) {
                            snapshots.insertReview(snapshot.id(), entryIds.get(i), candidate.id(), m.reason());
                            review++;
                        }
                    }
                    case NONE -> unknown++;
                }
            }
            List<Provider> absent = known.stream()
                    .filter(p -> p.kind() == PartyKind.PROVIDER && !present.contains(p.id())).toList();
            List<Provider> notFiled = new ArrayList<>();
            for (Provider p : absent) {
                if (p.rmdStatus() == RmdStatus.REMOVED) {
                    notFiled.add(p);
                    continue;
                }
                if (p.rmdStatus() != RmdStatus.NOT_FILED) {
                    Provider current = providers.findForUpdate(p.id()).orElse(p);
                    providers.update(current.withRmd(current.rmdNumber(), RmdStatus.NOT_FILED));
                    changes.add(p.name() + ": " + label(p.rmdStatus()) + " -> not filed (absent from the export)");
                }
                notFiled.add(p.withRmd(p.rmdNumber(), RmdStatus.NOT_FILED));
            }
            // downstreamOf reads every traced call, so it is asked only about providers that appear in call paths.
            Set<Long> inPaths = snapshots.providersInCallPaths();
            List<NotFiledProvider> withDownstream = notFiled.stream()
                    .map(p -> new NotFiledProvider(p, inPaths.contains(p.id()) ? queries.downstreamOf(p.id(), null) : List.of()))
                    .toList();
            RmdImportReport report = new RmdImportReport(snapshot, certain, review, unknown, withDownstream, changes);
            audit.record("rmd_snapshot", snapshot.id(), "import", report.summary() + " (file " + sourceName + ")");
            return report;
        });
    }

    /** Accepts a proposal from the review list: the row becomes this provider's filing. */
    public void accept(long reviewId) {
        database.inTransaction(() -> {
            RmdReviewItem item = snapshots.review(reviewId).orElseThrow(() -> new IllegalArgumentException("no review item " + reviewId));
            if (item.candidateProviderId() == null) {
                throw new IllegalArgumentException("review item " + reviewId + " proposes no provider");
            }
            Provider provider = providers.find(item.candidateProviderId()).orElseThrow();
            snapshots.assignEntry(item.entry().id(), provider.id(), "confirmed by " + audit.actor());
            snapshots.resolveReview(reviewId, RmdReviewItem.Resolution.ACCEPTED, audit.actor(), clock.instant());
            snapshots.closeSiblings(item.entry().id(), reviewId, audit.actor(), clock.instant());
            if (isLatest(item.snapshotId())) {
                applyRecord(provider, item.entry().record(), "confirmed match");
            }
            audit.record("provider", provider.id(), "rmd-match-accepted", "row " + item.entry().record().rowNumber()
                    + " (" + item.entry().record().businessName() + ") of snapshot " + item.snapshotId());
        });
    }

    public void reject(long reviewId) {
        database.inTransaction(() -> {
            RmdReviewItem item = snapshots.review(reviewId).orElseThrow(() -> new IllegalArgumentException("no review item " + reviewId));
            snapshots.resolveReview(reviewId, RmdReviewItem.Resolution.REJECTED, audit.actor(), clock.instant());
            audit.record("rmd_review", reviewId, "rmd-match-rejected", item.entry().record().businessName() + " is not "
                    + item.candidateName());
        });
    }

    private boolean isLatest(long snapshotId) {
        return snapshots.latest().map(s -> s.id() == snapshotId).orElse(false);
    }

    /** Brings one provider in line with its filing; returns a line describing what changed, if anything did. */
    private java.util.Optional<String> applyRecord(Provider matched, RmdRecord r, String rule) {
        // The filing is laid over the provider as stored now, locked: an edit saved in the window since the
        // import read the list is kept, not written over (decision 0701).
        Provider p = providers.findForUpdate(matched.id()).orElse(matched);
        RmdStatus status = p.rmdStatus() == RmdStatus.REMOVED || p.rmdStatus() == RmdStatus.DEFICIENT
                ? p.rmdStatus() : RmdStatus.REGISTERED;
        StirShaken stir = r.stirShaken() == StirShaken.UNKNOWN ? p.stirShaken() : r.stirShaken();
        Contact c = p.contact();
        List<String> emails = new ArrayList<>(c.emails());
        if (r.contactEmail() != null && emails.stream().noneMatch(e -> e.equalsIgnoreCase(r.contactEmail()))) {
            emails.add(r.contactEmail());
        }
        Contact contact = new Contact(c.person() == null ? r.contactName() : c.person(),
                c.title() == null ? r.contactTitle() : c.title(), c.address() == null ? r.contactAddress() : c.address(),
                emails, c.phone() == null ? r.contactPhone() : c.phone());
        List<String> aliases = new ArrayList<>(p.aliases());
        for (String name : r.allNames()) {
            if (!name.equals(p.name()) && !aliases.contains(name)) {
                aliases.add(name);
            }
        }
        boolean foreign = r.foreignProvider() || p.foreign();
        Provider updated = new Provider(p.id(), p.name(), p.kind(), aliases, r.frn() == null ? p.frn() : r.frn(),
                r.rmdNumber() == null ? p.rmdNumber() : r.rmdNumber(), status, foreign,
                r.country() == null ? p.country() : r.country(), stir, contact, p.illustrative());
        if (updated.equals(p)) {
            return java.util.Optional.empty();
        }
        providers.update(updated);
        List<String> what = new ArrayList<>();
        if (p.rmdStatus() != status) {
            what.add(label(p.rmdStatus()) + " -> " + label(status));
        }
        if (!java.util.Objects.equals(p.rmdNumber(), updated.rmdNumber())) {
            what.add("RMD number " + updated.rmdNumber());
        }
        if (!java.util.Objects.equals(p.frn(), updated.frn())) {
            what.add("FRN " + updated.frn());
        }
        if (p.stirShaken() != stir) {
            what.add("STIR/SHAKEN " + label(p.stirShaken()) + " -> " + label(stir));
        }
        if (aliases.size() != p.aliases().size()) {
            what.add("names " + aliases.subList(p.aliases().size(), aliases.size()));
        }
        return java.util.Optional.of(p.name() + " (by " + rule + "): " + (what.isEmpty() ? "contact details" : String.join(", ", what)));
    }

    static String label(Enum<?> value) {
        return value.name().toLowerCase(java.util.Locale.ROOT).replace('_', ' ');
    }
}
