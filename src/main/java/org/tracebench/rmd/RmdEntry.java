package org.tracebench.rmd;

/** An RMD row as stored in a snapshot, with the provider it was matched to (null when not certain) and by what rule. */
public record RmdEntry(long id, long snapshotId, RmdRecord record, Long providerId, String matchRule) {
}
