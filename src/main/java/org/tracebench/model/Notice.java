package org.tracebench.model;

import java.time.LocalDate;
import java.util.List;

/**
 * A letter or notice sent on a case: when, from which template, to whom, over which data. A letter exported by
 * the workbench also records the sources of the calls it relies on and whether findings the data marks as
 * illustrative (or resting on unreadable cells) were allowed; {@code illustrativeAllowed} is null for notices
 * recorded by hand or before this was kept.
 */
public record Notice(long id, long caseId, LocalDate sentOn, String template, List<String> recipients,
                     String dataHash, String fileNumber, List<CallSource> sources, Boolean illustrativeAllowed,
                     int illustrativeFindings, String illustrativeNote) {

    public Notice {
        recipients = recipients == null ? List.of() : List.copyOf(recipients);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    public Notice(long id, long caseId, LocalDate sentOn, String template, List<String> recipients,
                  String dataHash, String fileNumber) {
        this(id, caseId, sentOn, template, recipients, dataHash, fileNumber, List.of(), null, 0, null);
    }

    public Notice withId(long newId) {
        return new Notice(newId, caseId, sentOn, template, recipients, dataHash, fileNumber, sources,
                illustrativeAllowed, illustrativeFindings, illustrativeNote);
    }

    /** For people: whether marked findings were allowed into this letter, and how many it kept. */
    public String illustrativeText() {
        if (illustrativeAllowed == null) {
            return "not recorded";
        }
        if (illustrativeFindings > 0) {
            return illustrativeFindings + (illustrativeFindings == 1 ? " marked finding" : " marked findings")
                    + " allowed" + (illustrativeNote == null || illustrativeNote.isBlank() ? "" : ": " + illustrativeNote);
        }
        return illustrativeAllowed ? "allowed, none in the letter" : "not allowed, none in the letter";
    }
}
