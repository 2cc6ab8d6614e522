package org.tracebench.transfer;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.tracebench.store.CasePart;

/** docs/case-transfer.md describes the format this build writes: every part, every column, the version. */
class CaseTransferDocTest {

    @Test
    void thePageNamesEveryPartAndColumnAndTheFormatVersion() throws Exception {
        String page = Files.readString(Path.of("docs/case-transfer.md"));
        assertThat(page).contains("## The file format (version " + CaseBundle.FORMAT_VERSION + ")");
        for (CasePart part : CasePart.values()) {
            int row = page.indexOf("| `parts/" + part.fileName() + "`");
            assertThat(row).as(part.fileName()).isPositive();
            String line = page.substring(row, page.indexOf('\n', row));
            assertThat(line).as(part.fileName()).contains(part.required() ? "| yes |" : "| optional |");
            for (String column : part.columnNames()) {
                assertThat(line).as(part.fileName()).contains("`" + column + "`");
            }
        }
    }
}
