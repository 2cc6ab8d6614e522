package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

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
import org.tracebench.model.EditConflict;
import org.tracebench.model.EditConflictException;

/** Citations and the user's copies of templates: no save over someone else's newer one, on H2 and on PostgreSQL. */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class LibraryConflictsTest {

    @Parameter
    Store store;
    @TempDir
    Path dir;
    Workbench workbench;
    TemplateLibrary library;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir));
        library = workbench.letters().templates();
    }

    @AfterEach
    void close() {
        workbench.close();
    }

    @Test
    void aCitationSavedOverANewerOneIsRefusedAndTheMergeIsSaved() {
        Citation read = library.citations().find("second-caller-id-order").orElseThrow();
        Citation theirs = read.withShortForm("*Second Order*");
        library.saveCitation(read, theirs);
        Citation mine = read.withUrl("<https://www.fcc.gov/document/fcc-20-136>");

        assertThatThrownBy(() -> library.saveCitation(read, mine)).isInstanceOfSatisfying(EditConflictException.class, e -> {
            assertThat(e.conflict().theirs()).isEqualTo(theirs);
            assertThat(e.conflict().fieldsToDecide()).containsExactlyInAnyOrder("shortForm", "url");
        });
        assertThat(library.citations().find(read.key())).contains(theirs);

        Citation merged = new EditConflict<>("citation", read, mine, theirs).merged(Set.of("url"));
        library.saveCitation(theirs, merged);
        assertThat(library.citations().find(read.key())).contains(merged);
        assertThat(merged.shortForm()).isEqualTo("*Second Order*");
    }

    @Test
    void aNewCitationUnderAKeySomeoneJustTookIsRefused() {
        Citation theirs = Citation.section("tcpa-new-rule", "47 C.F.R. § 64.1200(n)(4)");
        library.saveCitation(null, theirs);
        Citation mine = Citation.section("tcpa-new-rule", "47 C.F.R. § 64.6305(g)");
        assertThatThrownBy(() -> library.saveCitation(null, mine)).isInstanceOfSatisfying(EditConflictException.class,
                e -> assertThat(e.conflict().fieldsToDecide()).containsExactly("full"));
        assertThat(library.citations().find("tcpa-new-rule")).contains(theirs);
    }

    @Test
    void aTemplateSavedOverANewerCopyIsRefusedAndSoIsAResetOverIt() {
        String builtIn = library.currentText("warning-letter");
        String theirs = builtIn.replace("See, e.g.,", "See, for example,");
        library.save("warning-letter", builtIn, theirs);
        String mine = builtIn.replace("[^laws]: See [@", "[^laws]: See also [@");

        assertThatThrownBy(() -> library.save("warning-letter", builtIn, mine))
                .isInstanceOfSatisfying(EditConflictException.class, e -> {
                    assertThat(e.conflict().theirs()).isEqualTo(new TemplateText("warning-letter", theirs));
                    assertThat(e.conflict().fieldsToDecide()).containsExactly("text");
                });
        assertThat(library.source("warning-letter")).isEqualTo(theirs);
        assertThatThrownBy(() -> library.reset("warning-letter", builtIn)).isInstanceOf(EditConflictException.class);
        assertThat(library.isEdited("warning-letter")).isTrue();

        // Having seen theirs, the user's text is saved over it; a reset from that reading goes through.
        library.save("warning-letter", theirs, mine);
        assertThat(library.source("warning-letter")).isEqualTo(mine);
        library.reset("warning-letter", mine);
        assertThat(library.isEdited("warning-letter")).isFalse();
    }

    @Test
    void aNewTemplateUnderANameSomeoneJustTookIsRefused() {
        String text = library.currentText("warning-letter");
        library.save("my-notice", null, text.replace("See, e.g.,", "See, for example,"));
        assertThatThrownBy(() -> library.save("my-notice", null, text))
                .isInstanceOf(EditConflictException.class);
        assertThat(library.source("my-notice")).contains("See, for example,");
    }
}
