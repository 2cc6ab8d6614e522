package org.tracebench.cases;

import java.time.LocalDate;

/** What the audit-log viewer asks for; null or blank fields do not filter. {@code text} matches action or detail. */
public record AuditFilter(String actor, String entity, String text, LocalDate from, LocalDate to, int limit) {

    public static AuditFilter latest(int limit) {
        return new AuditFilter(null, null, null, null, null, limit);
    }
}
