package org.tracebench.sheets;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The reference Attachment A of the PZ/Illum letter, as transcribed in sample-data/ (78 rows). */
final class ReferenceAttachment {

    static final String CASE_KEY = "pz-illum-2021";

    private ReferenceAttachment() {
    }

    static List<CSVRecord> rows() throws IOException {
        Path file = Path.of("sample-data", "pz-illum-2021-attachment-a.tsv");
        try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return CSVFormat.TDF.builder().setHeader().setSkipHeaderRecord(true).setIgnoreSurroundingSpaces(false)
                    .setTrim(false).get().parse(reader).getRecords().stream()
                    .filter(r -> !(r.size() == 1 && r.get(0).isBlank())).toList();
        }
    }

    static String get(CSVRecord row, String header) {
        return row.isMapped(header) && row.isSet(header) ? row.get(header) : "";
    }
}
