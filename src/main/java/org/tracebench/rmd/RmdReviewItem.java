package org.tracebench.rmd;

/** An uncertain match waiting for a person: the RMD row, one candidate provider (null: none) and why it is unsure. */
public record RmdReviewItem(long id, long snapshotId, RmdEntry entry, Long candidateProviderId, String candidateName,
                            String reason, Resolution resolution) {

    public enum Resolution {
        OPEN, ACCEPTED, REJECTED
    }
}
