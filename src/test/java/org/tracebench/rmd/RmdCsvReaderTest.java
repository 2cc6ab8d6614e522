package org.tracebench.rmd;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.tracebench.model.StirShaken;

class RmdCsvReaderTest {

    private final RmdCsvReader reader = new RmdCsvReader();

    @Test
    void readsTheExportWithItsColumns() {
        List<RmdRecord> records = reader.read(RmdFixtures.path(RmdFixtures.SEPTEMBER_2025));
        assertThat(records).hasSize(30);
        RmdRecord quill = records.stream().filter(r -> r.rmdNumber().equals("RMD0100005")).findFirst().orElseThrow();
        assertThat(quill.businessName()).isEqualTo("Quillfeather Networks LLC");
        assertThat(quill.otherDbaNames()).containsExactly("Quill Voice", "QF Networks");
        assertThat(quill.stirShaken()).isEqualTo(StirShaken.NONE);
        assertThat(quill.rowNumber()).isEqualTo(6);
        assertThat(quill.lastRecertified()).isEqualTo(LocalDate.of(2025, 2, 10));
        RmdRecord orchid = records.stream().filter(r -> r.rmdNumber().equals("RMD0100007")).findFirst().orElseThrow();
        assertThat(orchid.foreignProvider()).isTrue();
        assertThat(orchid.frn()).isNull();
        assertThat(records).noneMatch(r -> r.businessName().contains("KwaiFong"));
    }

    @Test
    void toleratesWhatSpreadsheetsDoToTheFile(@TempDir Path dir) throws Exception {
        // Excel on Windows: Windows-1252, semicolons, headers with spaces, US dates, FRN without leading zeros.
        String text = "RMD Number;Business Name;FRN;Other DBA Names;Foreign Voice Provider;Implementation;Last Updated;Last Recertified\r\n"
                + "rmd0009999;Caf\u00e9 Telecom S.A.;31000099;Caf\u00e9 Voice | CT Voice;Y;Partial STIR/SHAKEN Implementation;3/15/2025;2025-02-28T10:15:00Z\r\n";
        Path file = dir.resolve("export.csv");
        Files.write(file, text.getBytes(Charset.forName("windows-1252")));
        RmdRecord r = reader.read(file).get(0);
        assertThat(r.rmdNumber()).isEqualTo("RMD0009999");
        assertThat(r.businessName()).isEqualTo("Caf\u00e9 Telecom S.A.");
        assertThat(r.frn()).isEqualTo("0031000099");
        assertThat(r.otherDbaNames()).containsExactly("Caf\u00e9 Voice", "CT Voice");
        assertThat(r.foreignProvider()).isTrue();
        assertThat(r.stirShaken()).isEqualTo(StirShaken.PARTIAL);
        assertThat(r.lastUpdated()).isEqualTo(LocalDate.of(2025, 3, 15));
        assertThat(r.lastRecertified()).isEqualTo(LocalDate.of(2025, 2, 28));
    }

    @Test
    void aBadCellNamesFileRowAndColumn() {
        String text = "\uFEFFnumber,business_name,frn,last_updated\nRMD1,Good Co,1,2025-01-01\nRMD2,Bad Co,2,yesterday\n";
        assertThatThrownBy(() -> reader.read(text, "rmd.csv"))
                .isInstanceOf(RmdFormatException.class)
                .hasMessage("rmd.csv: row 3, column last_updated: \"yesterday\" is not a date (expected 2024-03-01 or 3/1/2024)");
        assertThatThrownBy(() -> reader.read("number,business_name\nRMD1,\n", "rmd.csv"))
                .hasMessage("rmd.csv: row 2, column business_name: empty business name");
        assertThatThrownBy(() -> reader.read("id,company\n1,x\n", "other.csv"))
                .hasMessageStartingWith("other.csv: row 1: no business_name column");
    }
}
