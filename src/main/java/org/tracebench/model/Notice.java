package org.tracebench.model;

import java.time.LocalDate;
import java.util.List;

/** A letter or notice sent on a case: when, from which template, to whom, over which data. */
public record Notice(long id, long caseId, LocalDate sentOn, String template, List<String> recipients,
                     String dataHash, String fileNumber) {

    public Notice {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
    }
}
