package org.tracebench.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A response received on a case: when, what it said in short, the file it came as (a path on this
 * machine, may be null) and the notice it answers (null when not known).
 */
public record CaseResponse(long id, long caseId, LocalDate receivedOn, String summary, String attachmentPath,
                           Long noticeId) {

    public CaseResponse {
        Objects.requireNonNull(receivedOn, "receivedOn");
        Objects.requireNonNull(summary, "summary");
    }
}
