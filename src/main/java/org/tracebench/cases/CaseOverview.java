package org.tracebench.cases;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.tracebench.model.CaseResponse;
import org.tracebench.model.Deadline;
import org.tracebench.store.Database;
import org.tracebench.store.DeadlineRepository;
import org.tracebench.store.Jdbc;

/**
 * The figures behind the overview charts: traced calls per month and per campaign, and how responses
 * compare with the deadlines that asked for them. {@code caseId} null means all cases.
 */
public final class CaseOverview {

    public enum Outcome {
        ON_TIME("Answered on time"), LATE("Answered late"), MISSED("Not answered, overdue"), PENDING("Not yet due");

        private final String label;

        Outcome(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A deadline with the first response received after the letter that set it (null when none). */
    public record DeadlineOutcome(Deadline deadline, LocalDate respondedOn, Outcome outcome) {
    }

    private final Database database;
    private final DeadlineRepository deadlines;
    private final ResponseRepository responses;
    private final Clock clock;

    public CaseOverview(Database database, DeadlineRepository deadlines, ResponseRepository responses, Clock clock) {
        this.database = database;
        this.deadlines = deadlines;
        this.responses = responses;
        this.clock = clock;
    }

    /** Traced calls per month of the call (UTC), months without calls between the first and last included as 0. */
    public Map<YearMonth, Integer> callsPerMonth(Long caseId) {
        Map<YearMonth, Integer> counts = new TreeMap<>();
        database.withConnection(c -> Jdbc.query(c, """
                SELECT EXTRACT(YEAR FROM call_time_utc) AS y, EXTRACT(MONTH FROM call_time_utc) AS m, COUNT(*) AS n
                FROM traced_call WHERE call_time_utc IS NOT NULL""" + caseFilter(caseId) + " GROUP BY y, m",
                r -> counts.put(YearMonth.of(r.getInt("y"), r.getInt("m")), r.getInt("n")), caseParams(caseId)));
        if (counts.size() > 1) {
            YearMonth first = ((TreeMap<YearMonth, Integer>) counts).firstKey();
            YearMonth last = ((TreeMap<YearMonth, Integer>) counts).lastKey();
            for (YearMonth m = first; m.isBefore(last); m = m.plusMonths(1)) {
                counts.putIfAbsent(m, 0);
            }
        }
        return counts;
    }

    /** Traced calls per campaign, largest first; calls without a campaign under "(none)". */
    public Map<String, Integer> callsPerCampaign(Long caseId) {
        List<Map.Entry<String, Integer>> rows = new ArrayList<>();
        database.withConnection(c -> Jdbc.query(c, """
                SELECT COALESCE(cc.name, cp.name), COUNT(*) AS n FROM traced_call t
                LEFT JOIN campaign cp ON cp.id = t.campaign_id LEFT JOIN campaign cc ON cc.id = cp.merged_into
                WHERE 1 = 1""" + caseFilter(caseId).replace("case_id", "t.case_id") + " GROUP BY COALESCE(cc.name, cp.name)",
                r -> rows.add(Map.entry(r.getString(1) == null ? "(none)" : r.getString(1), r.getInt(2))),
                caseParams(caseId)));
        rows.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
        Map<String, Integer> result = new LinkedHashMap<>();
        rows.forEach(e -> result.put(e.getKey(), e.getValue()));
        return result;
    }

    public List<DeadlineOutcome> responsesAgainstDeadlines(Long caseId) {
        List<Deadline> all = caseId == null ? allDeadlines() : deadlines.findByCase(caseId);
        List<CaseResponse> received = caseId == null ? responses.findAll() : responses.findByCase(caseId);
        Instant now = clock.instant();
        List<DeadlineOutcome> result = new ArrayList<>();
        for (Deadline d : all) {
            LocalDate dueDay = d.due().atZone(clock.getZone()).toLocalDate();
            LocalDate setOn = setOn(d);
            LocalDate answered = received.stream().filter(r -> r.caseId() == d.caseId())
                    .map(CaseResponse::receivedOn).filter(day -> setOn == null || !day.isBefore(setOn))
                    .min(Comparator.naturalOrder()).orElse(null);
            Outcome outcome;
            if (answered != null) {
                outcome = answered.isAfter(dueDay) ? Outcome.LATE : Outcome.ON_TIME;
            } else {
                outcome = d.due().isBefore(now) ? Outcome.MISSED : Outcome.PENDING;
            }
            result.add(new DeadlineOutcome(d, answered, outcome));
        }
        return result;
    }

    public Map<Outcome, Integer> outcomeCounts(Long caseId) {
        Map<Outcome, Integer> counts = new LinkedHashMap<>();
        for (Outcome o : Outcome.values()) {
            counts.put(o, 0);
        }
        responsesAgainstDeadlines(caseId).forEach(o -> counts.merge(o.outcome(), 1, Integer::sum));
        return counts;
    }

    /** The day the letter that set a deadline was sent, read from "Notice #12 of 2025-08-07". */
    private static LocalDate setOn(Deadline d) {
        if (d.setBy() == null) {
            return null;
        }
        int at = d.setBy().lastIndexOf(" of ");
        try {
            return at < 0 ? null : LocalDate.parse(d.setBy().substring(at + 4).strip());
        } catch (java.time.format.DateTimeParseException e) {
            return null;
        }
    }

    private List<Deadline> allDeadlines() {
        return database.withConnection(c -> Jdbc.query(c, "SELECT * FROM deadline ORDER BY due_at",
                r -> new Deadline(r.getLong("id"), r.getLong("case_id"), Jdbc.instant(r, "due_at"), r.getString("description"),
                        r.getString("set_by"), r.getBoolean("done"))));
    }

    private static String caseFilter(Long caseId) {
        return caseId == null ? "" : " AND case_id = ?";
    }

    private static Object[] caseParams(Long caseId) {
        return caseId == null ? new Object[0] : new Object[] {caseId};
    }
}
