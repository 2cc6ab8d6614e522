package org.tracebench.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.model.RecordFields;
import org.tracebench.store.DatabaseLocation;

/** The poll behind live refresh sees what another connection commits, once, on H2 and on PostgreSQL. */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CaseChangesTest {

    @Parameter
    Store store;
    @TempDir
    Path dir;
    Workbench mine;
    Workbench theirs;

    @BeforeEach
    void open() {
        DatabaseLocation location = store.freshLocation(dir);
        mine = Workbench.open(location);
        mine.samples().load();
        // A second workbench on the same store: its own pool of connections, as another user's window has.
        theirs = Workbench.open(location);
    }

    @AfterEach
    void close() {
        theirs.close();
        mine.close();
    }

    @Test
    void aChangeCommittedByAnotherConnectionIsSeenOnceAndNamesItsCase() {
        CaseChanges changes = mine.changes();
        CaseChanges.Cursor cursor = changes.start();
        CaseChanges.Poll idle = changes.poll(cursor);
        assertThat(idle.anything()).isFalse();
        assertThat(idle.cases()).isEmpty();

        CaseFile pz = theirs.cases().findByKey("pz-illum-2021").orElseThrow();
        theirs.casework().editor().save(pz, RecordFields.with(pz, "notes", "Counsel called"));
        CaseChanges.Poll seen = changes.poll(idle.next());
        assertThat(seen.anything()).isTrue();
        assertThat(seen.cases()).containsExactly(pz.id());
        assertThat(changes.poll(seen.next()).anything()).isFalse();
    }

    @Test
    void aLineCommittedLateBelowOneAlreadySeenIsStillReported() {
        CaseChanges changes = mine.changes();
        CaseChanges.Cursor start = changes.start();
        CaseFile pz = theirs.cases().findByKey("pz-illum-2021").orElseThrow();
        theirs.casework().editor().save(pz, RecordFields.with(pz, "notes", "first"));
        theirs.casework().editor().save(RecordFields.with(pz, "notes", "first"), RecordFields.with(pz, "notes", "second"));
        CaseChanges.Poll both = changes.poll(start);
        long lower = both.next().highest() - 1;
        // As if the lower-numbered line had not been committed when the cursor was taken.
        Set<Long> withoutLower = new java.util.HashSet<>(both.next().recent());
        withoutLower.remove(lower);
        CaseChanges.Poll late = changes.poll(new CaseChanges.Cursor(both.next().highest(), withoutLower));
        assertThat(late.anything()).isTrue();
        assertThat(late.cases()).containsExactly(pz.id());
    }
}
