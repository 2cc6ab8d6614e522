package org.tracebench.rmd;

import java.time.Instant;
import java.time.LocalDate;

/** One imported RMD export: the date it describes, when it was imported, from which file, how many rows. */
public record RmdSnapshot(long id, LocalDate asOf, Instant importedAt, String sourceFile, int rows) {
}
