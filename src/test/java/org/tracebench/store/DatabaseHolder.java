package org.tracebench.store;

import java.nio.file.Path;

/** Run in a child process by DatabaseTest: opens a database and keeps it open until killed. */
public final class DatabaseHolder {

    private DatabaseHolder() {
    }

    public static void main(String[] args) throws Exception {
        try (Database db = Database.open(DatabaseLocation.inDirectory(Path.of(args[0])))) {
            System.out.println(db.schemaVersion().isEmpty() ? "failed" : "holding");
            System.out.flush();
            Thread.currentThread().join();
        }
    }
}
