package org.tracebench.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * An enforcement matter against one target provider, heading towards one kind of letter.
 * {@code key} is a short stable handle ("pz-illum-2021") used by batch commands and sample data.
 */
public record CaseFile(
        long id,
        String key,
        String title,
        Long targetProviderId,
        String issuingOffice,
        LetterKind letterKind,
        CaseStatus status,
        LocalDate openedOn,
        LocalDate letterDate,
        String signatory,
        Contact recipient,
        String notes,
        boolean sample) {

    public CaseFile {
        Objects.requireNonNull(title, "title");
        letterKind = letterKind == null ? LetterKind.TASK_FORCE_NOTICE : letterKind;
        status = status == null ? CaseStatus.DRAFT : status;
        recipient = recipient == null ? Contact.NONE : recipient;
    }

    public CaseFile withId(long newId) {
        return new CaseFile(newId, key, title, targetProviderId, issuingOffice, letterKind, status, openedOn,
                letterDate, signatory, recipient, notes, sample);
    }

    public CaseFile withStatus(CaseStatus newStatus) {
        return new CaseFile(id, key, title, targetProviderId, issuingOffice, letterKind, newStatus, openedOn,
                letterDate, signatory, recipient, notes, sample);
    }
}
