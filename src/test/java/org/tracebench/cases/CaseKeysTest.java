package org.tracebench.cases;

import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.app.ActingUser;
import org.tracebench.app.Workbench;
import org.tracebench.model.Provider;

/** The window's new-case form and a case opened from a dossier key their cases by the same rule. */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CaseKeysTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;

    @Test
    void aTitleProposesLowerCaseAsciiWordsAndATakenKeyIsNumbered() {
        try (Workbench workbench = Workbench.open(store.freshLocation(dir),
                Clock.fixed(Instant.parse("2025-03-04T12:00:00Z"), ZoneOffset.UTC), new ActingUser("t"))) {
            CaseKeys keys = workbench.casework().keys();
            assertThat(keys.propose("Télécom Éxample — Notice (2026)")).isEqualTo("telecom-example-notice-2026");
            assertThat(keys.propose("?!")).isEqualTo("case-2025-03-04");
            assertThat(keys.propose("word ".repeat(20))).hasSizeLessThanOrEqualTo(60).doesNotEndWith("-");

            long provider = workbench.providers().insert(Provider.named("Example Telecom LLC"), false).id();
            CaseEditor editor = workbench.casework().editor();
            assertThat(editor.openDraft("Example Telecom", provider, "test").key()).isEqualTo("example-telecom");
            assertThat(editor.openDraft("Example Telecom", provider, "test").key()).isEqualTo("example-telecom-2");
            assertThat(keys.unique("Example Telecom")).isEqualTo("example-telecom-3");
        }
    }
}
