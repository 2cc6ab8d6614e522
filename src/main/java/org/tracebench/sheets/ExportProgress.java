package org.tracebench.sheets;

/**
 * Told how far an export has come. Implementations may throw {@link java.util.concurrent.CancellationException}
 * to stop it; the writer then leaves no file behind.
 */
@FunctionalInterface
public interface ExportProgress {

    ExportProgress NONE = (done, total) -> { };

    /** {@code total} is -1 when the number of rows is not known in advance. */
    void rowsWritten(long done, long total);
}
