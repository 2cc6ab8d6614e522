package org.tracebench.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Deadline;
import org.tracebench.store.CaseRepository;
import org.tracebench.store.DeadlineRepository;

/**
 * The open deadlines of every case, overdue ones first (oldest first), then by due date. "Today" comes from an
 * injected clock: a deadline is overdue once its due instant has passed, so a deadline due at the end of a day
 * shows as overdue from the next day on.
 */
public final class DeadlinesDashboard {

    private static final int SOON_DAYS = 7;

    private final DeadlineRepository deadlines;
    private final CaseRepository cases;
    private final Clock clock;

    public DeadlinesDashboard(DeadlineRepository deadlines, CaseRepository cases, Clock clock) {
        this.deadlines = deadlines;
        this.cases = cases;
        this.clock = clock;
    }

    public List<DeadlineItem> items() {
        Map<Long, CaseFile> byId = cases.findAll().stream().collect(Collectors.toMap(CaseFile::id, Function.identity()));
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return deadlines.open().stream().map(d -> item(d, byId.get(d.caseId()), now, today))
                .sorted(Comparator.comparing((DeadlineItem i) -> i.state() == DeadlineItem.State.OVERDUE ? 0 : 1)
                        .thenComparing(i -> i.deadline().due()))
                .toList();
    }

    /** Every deadline of one case, done ones included (state computed as if open), by due date. */
    public List<DeadlineItem> forCase(long caseId) {
        CaseFile c = cases.find(caseId).orElse(null);
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        return deadlines.findByCase(caseId).stream().map(d -> item(d, c, now, today)).toList();
    }

    public List<DeadlineItem> overdue() {
        return items().stream().filter(i -> i.state() == DeadlineItem.State.OVERDUE).toList();
    }

    /** Whether the dashboard has something to say at start-up: anything overdue or due within a week. */
    public boolean needsAttention() {
        return items().stream().anyMatch(i -> i.state() != DeadlineItem.State.UPCOMING);
    }

    private DeadlineItem item(Deadline d, CaseFile c, Instant now, LocalDate today) {
        LocalDate dueDay = d.due().atZone(clock.getZone()).toLocalDate();
        long days = ChronoUnit.DAYS.between(today, dueDay);
        DeadlineItem.State state;
        if (d.due().isBefore(now)) {
            state = DeadlineItem.State.OVERDUE;
        } else if (days == 0) {
            state = DeadlineItem.State.DUE_TODAY;
        } else if (days <= SOON_DAYS) {
            state = DeadlineItem.State.DUE_SOON;
        } else {
            state = DeadlineItem.State.UPCOMING;
        }
        return new DeadlineItem(d, c == null ? "" : c.key(), c == null ? "(deleted case)" : c.title(), state, days);
    }
}
