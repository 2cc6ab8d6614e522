package org.tracebench.letters;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.Parameter;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;
import org.tracebench.Store;
import org.tracebench.app.Workbench;

/** A saved citation keeps all its parts (migration V12), on H2 and on PostgreSQL, and overlays the built-in entry. */
@ParameterizedClass
@MethodSource("org.tracebench.Store#available")
class CitationStoreTest {

    @Parameter
    Store store;

    @TempDir
    Path dir;
    Workbench workbench;

    @BeforeEach
    void open() {
        workbench = Workbench.open(store.freshLocation(dir));
    }

    @AfterEach
    void close() {
        if (workbench != null) {
            workbench.close();
        }
    }

    @Test
    void savedEntryKeepsItsPartsAndReplacesTheBuiltInOne() {
        TemplateLibrary templates = workbench.letters().templates();
        Citation edited = new Citation("second-caller-id-order", Citation.Kind.RELEASE,
                "*Call Authentication Trust Anchor*, WC Docket No. 17-97, Second Report and Order", "FCC 20-136", "36",
                "FCC Rcd", "1859", "(Oct. 1, 2020)", "*Second Caller ID Order*", "<https://x.test/a.pdf>");
        templates.saveCitation(edited);
        assertThat(templates.citations().find("second-caller-id-order")).contains(edited);
        assertThat(CitationForms.of(templates.citations().find("second-caller-id-order").orElseThrow(), "48 ¶90")
                .shortForm()).isEqualTo("Second Caller ID Order at 48 ¶90");
        assertThatThrownBy(() -> templates.saveCitation(edited.as(Citation.Kind.WEB).withShortForm("")
                .withUrl("")))
                .hasMessageContaining("web citation needs its address");
    }
}
