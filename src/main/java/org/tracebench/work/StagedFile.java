package org.tracebench.work;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

/**
 * An output file written in the session's private {@link TempFolder} and put at its target in one rename once
 * whole, so that neither a failure nor a kill leaves a partial file at or beside the target: what a killed
 * process had staged is removed with its session folder at the next start. Exports of letters, graphs and
 * workbooks all go through here.
 */
public final class StagedFile implements AutoCloseable {

    /** Writes the content of a staged file; it may close the stream when done. */
    @FunctionalInterface
    public interface Content {
        void writeTo(OutputStream out) throws IOException;
    }

    private final Path staged;
    private final Path target;

    private StagedFile(Path staged, Path target) {
        this.staged = staged;
        this.target = target;
    }

    /** A new empty staged file for {@code target}, in the session folder of {@code temp}. */
    public static StagedFile of(TempFolder temp, Path target) throws IOException {
        Path absolute = target.toAbsolutePath();
        Path folder = absolute.getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            throw new IOException("Folder " + folder + " does not exist");
        }
        String name = absolute.getFileName().toString();
        int dot = name.lastIndexOf('.');
        // Only the extension is kept: the target's name may itself say something about the case.
        String suffix = (dot < 0 ? "" : name.substring(dot)) + ".part";
        return new StagedFile(temp.createFile("export-", suffix), absolute);
    }

    /** Writes {@code target} through a staged file: the target is replaced only when the content is complete. */
    public static void write(TempFolder temp, Path target, Content content) throws IOException {
        try (StagedFile file = of(temp, target)) {
            try (OutputStream out = Files.newOutputStream(file.path())) {
                content.writeTo(out);
            }
            file.moveIntoPlace();
        }
    }

    /** Where to write the content. */
    public Path path() {
        return staged;
    }

    public Path target() {
        return target;
    }

    /** Puts the finished file at the target in one step, replacing what was there. */
    public void moveIntoPlace() throws IOException {
        try {
            Files.move(staged, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (AtomicMoveNotSupportedException e) {
            // The target is on another file system than the data directory: a copy beside the target lives only
            // for the length of the copy (a kill then can leave it there), then it is renamed over the target.
            Path beside = Files.createTempFile(target.getParent(), "." + target.getFileName(), ".part");
            try {
                Files.copy(staged, beside, StandardCopyOption.REPLACE_EXISTING);
                try {
                    Files.move(beside, target, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                } catch (AtomicMoveNotSupportedException again) {
                    Files.move(beside, target, StandardCopyOption.REPLACE_EXISTING);
                }
            } finally {
                Files.deleteIfExists(beside);
            }
            Files.deleteIfExists(staged);
        }
    }

    /** Removes the staged file if it was not moved into place (a failure or a cancel). */
    @Override
    public void close() throws IOException {
        Files.deleteIfExists(staged);
    }
}
