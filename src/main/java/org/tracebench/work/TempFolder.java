package org.tracebench.work;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Comparator;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * A private folder for the temporary files of one session (an export's partial workbook, POI's sheet
 * files), which hold case data: inside a {@code tmp} folder beside the store, readable by the user only
 * (700 where POSIX permissions exist), rather than the shared system temporary folder. Each session works
 * in a sub-folder named by its process, so two processes sharing the data directory (a shared PostgreSQL
 * store) never remove each other's files; what a killed process left is removed when the next session opens.
 */
public final class TempFolder implements AutoCloseable {

    private final Path root;
    private final Path session;

    private TempFolder(Path root, Path session) {
        this.root = root;
        this.session = session;
    }

    /** Creates (or reuses) the private folder, removes what dead sessions left there, and starts a session. */
    public static TempFolder open(Path root) {
        try {
            createPrivate(root);
            removeLeftovers(root);
            Path session = root.resolve(ProcessHandle.current().pid() + "-" + UUID.randomUUID().toString().substring(0, 8));
            createPrivate(session);
            return new TempFolder(root, session);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot prepare the temporary folder " + root + ": " + e.getMessage(), e);
        }
    }

    /** The folder of this session; what is put there is removed when the session closes, at the latest. */
    public Path directory() {
        return session;
    }

    /** The shared {@code tmp} folder above the sessions. */
    public Path root() {
        return root;
    }

    /** A new empty file, readable by the user only, in this session's folder. */
    public Path createFile(String prefix, String suffix) throws IOException {
        Files.createDirectories(session);
        return Files.createTempFile(session, prefix, suffix);
    }

    @Override
    public void close() {
        deleteTree(session);
    }

    private static void createPrivate(Path dir) throws IOException {
        if (isPosix(dir.getParent() != null ? dir.getParent() : dir)) {
            try {
                Files.createDirectories(dir.getParent());
                Files.createDirectory(dir, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rwx------")));
            } catch (FileAlreadyExistsException e) {
                // An earlier session's folder: tighten it in case it was made by hand.
                Files.setPosixFilePermissions(dir, PosixFilePermissions.fromString("rwx------"));
            }
        } else {
            // Windows: the folder inherits the per-user ACL of the data directory (%APPDATA%).
            Files.createDirectories(dir);
        }
    }

    private static boolean isPosix(Path near) {
        Path existing = near;
        while (existing != null && !Files.exists(existing)) {
            existing = existing.getParent();
        }
        try {
            return existing != null && Files.getFileStore(existing).supportsFileAttributeView("posix");
        } catch (IOException e) {
            return false;
        }
    }

    /** Everything in the folder except the sessions of processes still running. */
    private static void removeLeftovers(Path root) throws IOException {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (!Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) || !isLiveSession(entry.getFileName().toString())) {
                    deleteTree(entry);
                }
            }
        }
    }

    private static boolean isLiveSession(String name) {
        int dash = name.indexOf('-');
        try {
            long pid = Long.parseLong(dash < 0 ? name : name.substring(0, dash));
            return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static void deleteTree(Path path) {
        if (!Files.exists(path, LinkOption.NOFOLLOW_LINKS)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(path)) {
            walk.sorted(Comparator.reverseOrder()).forEach(p -> {
                try {
                    Files.deleteIfExists(p);
                } catch (IOException e) {
                    // A file still open elsewhere (Windows): the next session removes it.
                }
            });
        } catch (IOException e) {
            // Same: left for the next session.
        }
    }
}
