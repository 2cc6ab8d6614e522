package org.tracebench.ingest;

/** Where a long import reports how far it got, and how it learns that the user cancelled. */
public interface ImportProgress {

    ImportProgress NONE = new ImportProgress() {
        @Override
        public void update(long done, long total, long rows) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** Called every few thousand rows: bytes done of total (total -1 when unknown) and rows read. */
    void update(long done, long total, long rows);

    boolean cancelled();
}
