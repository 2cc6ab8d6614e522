package org.tracebench.transfer;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.tracebench.Store;
import org.tracebench.app.ActingUser;
import org.tracebench.app.Workbench;
import org.tracebench.store.Database;
import org.tracebench.store.DatabaseLocation;
import org.tracebench.work.Progress;

/**
 * Test help: the two databases a case travels between, a laptop's H2 file and a "server" on the store under test
 * (H2 or PostgreSQL), each with its own user, and the moves between them through case files in one folder.
 */
final class TwoDatabases implements AutoCloseable {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-30T12:00:00Z"), ZoneOffset.UTC);

    final Workbench laptop;
    final Workbench server;
    private final Path dir;
    private int files;

    TwoDatabases(Store store, Path dir) throws IOException {
        this.dir = dir;
        this.laptop = new Workbench(Database.open(DatabaseLocation.inDirectory(dir.resolve("laptop"))), CLOCK,
                new ActingUser("laptop.user"));
        Files.createDirectories(dir.resolve("server-dir"));
        this.server = new Workbench(Database.open(store.freshLocation(dir.resolve("server-dir"))), CLOCK,
                new ActingUser("server.user"));
    }

    /** Exports the case to a file of this name in the test's folder. */
    Path export(Workbench from, long caseId, String name) {
        Path file = dir.resolve(name);
        from.caseTransfer().export(caseId, file, null, Progress.NONE);
        return file;
    }

    /** Exports the case to the next numbered file of the test's folder. */
    Path export(Workbench from, long caseId) {
        return export(from, caseId, "exchange-" + ++files + ".tbcase");
    }

    static ImportSummary importInto(Workbench into, Path file, Decisions decisions) {
        return into.caseTransfer().importCase(file, () -> null, decisions, Progress.NONE);
    }

    /** Exports the case from one database and imports the file into the other. */
    ImportSummary move(Workbench from, long caseId, Workbench into, Decisions decisions) {
        return importInto(into, export(from, caseId), decisions);
    }

    /** A progress that asks to stop at its {@code look}-th look, counting the looks in {@code asked}. */
    static Progress cancelledAt(int look, AtomicInteger asked) {
        return new Progress() {
            @Override
            public void update(long done, long total, String message) {
            }

            @Override
            public boolean cancelled() {
                return asked.incrementAndGet() >= look;
            }
        };
    }

    @Override
    public void close() {
        laptop.close();
        server.close();
    }
}
