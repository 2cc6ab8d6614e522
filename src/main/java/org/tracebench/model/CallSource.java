package org.tracebench.model;

import java.time.Instant;

/**
 * Where some traced calls came from, and how many: an import batch (its file, SHA-256, format and who imported it
 * when), or, for calls no import wrote, how they entered the store. The file fields are null for the other kinds.
 *
 * @param calls how many of the calls in question came from this source
 */
public record CallSource(Kind kind, Long batchId, Instant importedAt, String fileName, Long fileSize, String sha256,
                         String format, Long rowsRead, String actor, int calls) {

    /** How calls entered the store. */
    public enum Kind {
        IMPORT("imported from a file"),
        TYPED("typed or pasted in the editor"),
        SAMPLE("loaded with the sample data"),
        BEFORE_BATCHES("recorded before import batches were kept");

        private final String label;

        Kind(String label) {
            this.label = label;
        }

        public String label() {
            return label;
        }
    }

    /** A source that is not a file: its kind says all there is to say. */
    public static CallSource of(Kind kind, int calls) {
        return new CallSource(kind, null, null, null, null, null, null, null, null, calls);
    }

    public CallSource withCalls(int newCalls) {
        return new CallSource(kind, batchId, importedAt, fileName, fileSize, sha256, format, rowsRead, actor, newCalls);
    }

    public boolean isImport() {
        return kind == Kind.IMPORT;
    }

    /** One line for people: the batch and its file with its SHA-256, or the kind, with the number of calls. */
    public String describe() {
        String count = calls + (calls == 1 ? " call" : " calls");
        if (!isImport()) {
            return count + " " + kind.label();
        }
        return count + " from import #" + batchId
                + (importedAt == null ? "" : " of " + importedAt.toString().substring(0, 10))
                + ": " + fileName + " (SHA-256 " + (sha256 == null ? "not recorded" : sha256) + ")";
    }
}
