package org.tracebench.letters;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.Workbench;
import org.tracebench.model.CaseFile;
import org.tracebench.work.Progress;

/** Letters for several cases: one call, used by the window and the batch command alike. */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class ExportAllTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;
    List<CaseFile> warnings;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir));
        workbench.samples().load();
        warnings = List.of(workbench.cases().findByKey("warning-kwk-2024").orElseThrow(),
                workbench.cases().findByKey("warning-callvox-2024").orElseThrow());
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void severalCasesGiveOneFileEachNamedAfterItsCaseAndOneNoticeEach() {
        List<LetterService.CaseLetter> written = workbench.letters().exportAll(warnings, "warning-letter", null,
                dir.resolve("warning-letter.pdf"), Progress.NONE);

        assertThat(written).extracting(l -> l.export().file()).containsExactly(
                dir.resolve("warning-letter-warning-kwk-2024.pdf"), dir.resolve("warning-letter-warning-callvox-2024.pdf"));
        assertThat(written).extracting(l -> l.export().file()).allSatisfy(f -> assertThat(f).exists());
        for (CaseFile caseFile : warnings) {
            assertThat(workbench.notices().findByCase(caseFile.id())).singleElement()
                    .satisfies(n -> assertThat(n.template()).isEqualTo("warning-letter"));
        }
    }

    @Test
    void oneCaseIsWrittenToTheGivenFile() {
        Path out = dir.resolve("kwk.docx");
        assertThat(workbench.letters().exportAll(warnings.subList(0, 1), "warning-letter", null, out, Progress.NONE))
                .singleElement().satisfies(l -> assertThat(l.export().file()).isEqualTo(out));
        assertThat(out).exists();
    }

    @Test
    void cancellingStopsBetweenTwoLetters() {
        AtomicInteger updates = new AtomicInteger();
        Progress cancelAfterFirst = new Progress() {
            @Override
            public void update(long done, long total, String message) {
                updates.incrementAndGet();
            }

            @Override
            public boolean cancelled() {
                return updates.get() > 0;
            }
        };
        assertThat(workbench.letters().exportAll(warnings, "warning-letter", null, dir.resolve("w.pdf"), cancelAfterFirst)
                .size()).isEqualTo(1);
        assertThat(dir.resolve("w-warning-callvox-2024.pdf")).doesNotExist();
    }
}
