package org.tracebench.model;

import java.time.LocalDate;

/** One entry of a case's fact chronology: what is known, since when, from which source. */
public record CaseFact(long id, long caseId, LocalDate date, String fact, String source, boolean disputed) {
}
