package org.tracebench.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * One step of a provider's enforcement history: a notice, a cease-and-desist letter, a K4 notice or an
 * RMD removal order, with its date and file number (e.g. "EB-TCD-21-00032993"). {@code caseId} is the
 * case it was sent from, when it came from one.
 */
public record EnforcementAction(long id, long providerId, EnforcementKind kind, LocalDate date, String fileNumber,
                                String issuedBy, String summary, Long caseId) {

    public EnforcementAction {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(date, "date");
    }
}
