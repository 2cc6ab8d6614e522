package org.tracebench.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tracebench.model.CaseFile;
import org.tracebench.store.AuditLog;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/**
 * Per-case letter fields (table case_letter_field). Sample cases fall back to the values shipped in
 * sample-letter-fields.csv, taken from the reference letters; what the user saves overrides them. Each save
 * writes an audit line on the case in its transaction, so other users' screens see the letter change
 * (decision 0720).
 */
public final class LetterFieldRepository {

    private static final String SAMPLE_FIELDS = "/org/tracebench/letters/sample-letter-fields.csv";

    private final Database database;
    private final AuditLog audit;

    public LetterFieldRepository(Database database, AuditLog audit) {
        this.database = database;
        this.audit = audit;
    }

    /** The fields of a case: shipped sample values overlaid by saved ones. */
    public Map<String, String> fieldsOf(CaseFile caseFile) {
        Map<String, String> fields = new LinkedHashMap<>();
        if (caseFile.sample() && caseFile.key() != null) {
            fields.putAll(sampleFields(caseFile.key()));
        }
        fields.putAll(saved(caseFile.id()));
        return fields;
    }

    public Map<String, String> saved(long caseId) {
        Map<String, String> fields = new LinkedHashMap<>();
        database.withConnection(c -> Jdbc.query(c,
                "SELECT field_name, field_value FROM case_letter_field WHERE case_id = ? ORDER BY field_name",
                r -> fields.put(r.getString(1), r.getString(2)), caseId));
        return fields;
    }

    /** Saves a field; a blank value removes the saved value. */
    public void put(long caseId, String name, String value) {
        database.inTransaction(() -> database.withConnection(c -> {
            Jdbc.update(c, "DELETE FROM case_letter_field WHERE case_id = ? AND field_name = ?", caseId, name);
            if (value != null && !value.isBlank()) {
                Jdbc.update(c, "INSERT INTO case_letter_field (case_id, field_name, field_value) VALUES (?, ?, ?)",
                        caseId, name, value);
            }
            audit.record("case", caseId, "letter-field-saved", name);
            return null;
        }));
    }

    static Map<String, String> sampleFields(String caseKey) {
        Map<String, String> fields = new LinkedHashMap<>();
        try (InputStream in = LetterFieldRepository.class.getResourceAsStream(SAMPLE_FIELDS)) {
            if (in == null) {
                return fields;
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                if (row.get("case").equals(caseKey)) {
                    fields.put(row.get("field"), row.get("value"));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return fields;
    }
}
