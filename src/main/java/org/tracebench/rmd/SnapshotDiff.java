package org.tracebench.rmd;

import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.tracebench.model.NameKey;

/**
 * What changed between two RMD snapshots. Rows are paired by RMD number, else FRN, else business name key.
 * Recertification is due every year by 1 March: a filer of the newer snapshot whose last recertification
 * is older than the last 1 March on or before the newer snapshot's date is listed as overdue.
 */
public final class SnapshotDiff {

    /** The annual recertification deadline of the RMD. */
    public static final MonthDay RECERTIFICATION_DUE = MonthDay.of(3, 1);

    public enum Kind {
        NEW("New filer"), REMOVED("No longer listed"), RENAMED("Renamed"),
        IMPLEMENTATION_CHANGED("Implementation changed"), RECERTIFICATION_OVERDUE("Recertification overdue");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** One difference: the filer's RMD number and name, and the value before and after where that applies. */
    public record Change(Kind kind, String rmdNumber, String name, String before, String after, Long providerId) {
    }

    private SnapshotDiff() {
    }

    public static List<Change> between(List<RmdEntry> older, List<RmdEntry> newer, LocalDate newerAsOf) {
        Map<String, RmdEntry> before = byKey(older);
        Map<String, RmdEntry> after = byKey(newer);
        List<Change> changes = new ArrayList<>();
        for (Map.Entry<String, RmdEntry> e : after.entrySet()) {
            RmdRecord now = e.getValue().record();
            RmdEntry previous = before.get(e.getKey());
            Long providerId = e.getValue().providerId();
            if (previous == null) {
                changes.add(new Change(Kind.NEW, now.rmdNumber(), now.businessName(), null, now.businessName(), providerId));
            } else {
                RmdRecord then = previous.record();
                if (!then.businessName().strip().equalsIgnoreCase(now.businessName().strip())) {
                    changes.add(new Change(Kind.RENAMED, now.rmdNumber(), now.businessName(), then.businessName(),
                            now.businessName(), providerId));
                }
                if (!Objects.equals(normalized(then.implementation()), normalized(now.implementation()))) {
                    changes.add(new Change(Kind.IMPLEMENTATION_CHANGED, now.rmdNumber(), now.businessName(),
                            then.implementation(), now.implementation(), providerId));
                }
            }
            if (recertificationOverdue(now, newerAsOf)) {
                changes.add(new Change(Kind.RECERTIFICATION_OVERDUE, now.rmdNumber(), now.businessName(),
                        now.lastRecertified() == null ? "never" : now.lastRecertified().toString(),
                        "due " + lastDueDate(newerAsOf), providerId));
            }
        }
        for (Map.Entry<String, RmdEntry> e : before.entrySet()) {
            if (!after.containsKey(e.getKey())) {
                RmdRecord then = e.getValue().record();
                changes.add(new Change(Kind.REMOVED, then.rmdNumber(), then.businessName(), then.businessName(), null,
                        e.getValue().providerId()));
            }
        }
        changes.sort(Comparator.comparing(Change::kind).thenComparing(c -> c.name().toLowerCase(Locale.ROOT)));
        return changes;
    }

    /** The last 1 March that has passed on the given date (1 March itself is still in time). */
    public static LocalDate lastDueDate(LocalDate asOf) {
        LocalDate thisYear = RECERTIFICATION_DUE.atYear(asOf.getYear());
        return asOf.isAfter(thisYear) ? thisYear : thisYear.minusYears(1);
    }

    /**
     * Overdue when, on the snapshot date, the last 1 March has passed without a recertification dated in that
     * calendar year. A filer with no recertification whose filing was last updated in that year is taken for a
     * new filer and owes nothing yet (the export has no first-filing date).
     */
    public static boolean recertificationOverdue(RmdRecord record, LocalDate asOf) {
        LocalDate due = lastDueDate(asOf);
        LocalDate done = record.lastRecertified();
        if (done == null) {
            return record.lastUpdated() == null || record.lastUpdated().getYear() < due.getYear();
        }
        return done.getYear() < due.getYear();
    }

    private static String normalized(String implementation) {
        return implementation == null ? null : RmdRecord.implementationOf(implementation).name();
    }

    private static Map<String, RmdEntry> byKey(List<RmdEntry> entries) {
        Map<String, RmdEntry> map = new LinkedHashMap<>();
        for (RmdEntry e : entries) {
            RmdRecord r = e.record();
            String key = r.rmdNumber() != null ? "rmd:" + r.rmdNumber()
                    : r.frn() != null ? "frn:" + r.frn() : "name:" + NameKey.of(r.businessName());
            map.putIfAbsent(key, e);
        }
        return map;
    }
}
