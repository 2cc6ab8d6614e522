package org.tracebench.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.tracebench.model.CaseFile;
import org.tracebench.model.Office;
import org.tracebench.model.Signatory;
import org.tracebench.store.AuditLog;
import org.tracebench.store.Database;

/**
 * Issuing offices and their signatories: editing them, choosing them for a case, and the letter fields a
 * case's office and signatory supply (letterhead, header lines, signature block), which a letter field saved
 * on the case still overrides.
 */
public final class Offices {

    /** Larger images are refused: a letterhead logo or a signature needs far less, and the store keeps them inline. */
    public static final int IMAGE_LIMIT = 1_000_000;
    private static final byte[] PNG_MAGIC = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
    private static final String SAMPLE_CASES = "/org/tracebench/letters/sample-case-offices.csv";

    /** The office and signatory a case's letters use; either may be absent. */
    public record CaseOffice(Optional<Office> office, Optional<Signatory> signatory) {
        public static final CaseOffice NONE = new CaseOffice(Optional.empty(), Optional.empty());
    }

    private final Database database;
    private final OfficeRepository repository;
    private final AuditLog audit;

    public Offices(Database database, OfficeRepository repository, AuditLog audit) {
        this.database = database;
        this.repository = repository;
        this.audit = audit;
    }

    public List<Office> offices() {
        return repository.offices();
    }

    public List<Signatory> signatories(long officeId) {
        return repository.signatories(officeId);
    }

    /** Inserts a new office (id 0) or updates one; refuses a blank key or name, a taken key, or a bad logo. */
    public Office save(Office office) {
        if (office.key().isBlank()) {
            throw new IllegalArgumentException("The office needs a short key, e.g. state-ag-consumer");
        }
        if (office.nameLines().stream().allMatch(String::isBlank)) {
            throw new IllegalArgumentException("The office needs at least one name line");
        }
        checkImage(office.logoPng(), "The logo");
        return database.inTransaction(() -> {
            Optional<Office> sameKey = repository.officeByKey(office.key());
            if (sameKey.isPresent() && sameKey.get().id() != office.id()) {
                throw new IllegalArgumentException("Another office already has the key " + office.key());
            }
            Office saved;
            if (office.id() == 0) {
                saved = repository.insert(office);
                audit.record("office", saved.id(), "office-added", saved.displayName());
            } else {
                repository.update(office);
                saved = office;
                audit.record("office", saved.id(), "office-edited", saved.displayName());
            }
            return saved;
        });
    }

    public void deleteOffice(Office office) {
        database.inTransaction(() -> {
            repository.deleteOffice(office.id());
            audit.record("office", office.id(), "office-deleted", office.displayName());
        });
    }

    /** Inserts a new signatory (id 0) or updates one; refuses a blank name. */
    public Signatory save(Signatory signatory) {
        if (signatory.name().isBlank()) {
            throw new IllegalArgumentException("The signatory needs a name");
        }
        return database.inTransaction(() -> {
            Signatory saved;
            if (signatory.id() == 0) {
                saved = repository.insert(signatory);
                audit.record("office", signatory.officeId(), "signatory-added", saved.displayName());
            } else {
                repository.update(signatory);
                saved = signatory;
                audit.record("office", signatory.officeId(), "signatory-edited", saved.displayName());
            }
            return saved;
        });
    }

    public void deleteSignatory(Signatory signatory) {
        database.inTransaction(() -> {
            repository.deleteSignatory(signatory.id());
            audit.record("office", signatory.officeId(), "signatory-deleted", signatory.displayName());
        });
    }

    /** The case's chosen office and signatory; a sample case nobody assigned uses its reference letter's office. */
    public CaseOffice of(CaseFile caseFile) {
        Optional<OfficeRepository.Assignment> saved = repository.assignment(caseFile.id());
        if (saved.isPresent()) {
            Optional<Office> office = Optional.ofNullable(saved.get().officeId()).flatMap(repository::office);
            Optional<Signatory> signatory = Optional.ofNullable(saved.get().signatoryId()).flatMap(repository::signatory);
            return new CaseOffice(office, signatory);
        }
        if (caseFile.sample() && caseFile.key() != null) {
            String[] sample = sampleAssignments().get(caseFile.key());
            if (sample != null) {
                Optional<Office> office = repository.officeByKey(sample[0]);
                Optional<Signatory> signatory = office.flatMap(o -> repository.signatories(o.id()).stream()
                        .filter(s -> s.name().equals(sample[1])).findFirst());
                return new CaseOffice(office, signatory);
            }
        }
        return CaseOffice.NONE;
    }

    /** Chooses the case's office and signatory (null: none, the case's own text is used). */
    public void assign(CaseFile caseFile, Office office, Signatory signatory) {
        if (office != null && signatory != null && signatory.officeId() != office.id()) {
            throw new IllegalArgumentException(signatory.name() + " does not sign for " + office.displayName());
        }
        database.inTransaction(() -> {
            repository.assign(caseFile.id(), office == null ? null : office.id(), signatory == null ? null : signatory.id());
            audit.record("case", caseFile.id(), "office-chosen", (office == null ? "no office" : office.displayName())
                    + "; " + (signatory == null ? "no signatory" : signatory.displayName()));
        });
    }

    /**
     * The case's letter fields with what its office and signatory supply filled in where the case has no value
     * of its own: letterhead name lines, header lines, the letterhead's contact line and the signature block.
     */
    public Map<String, String> withOfficeFields(CaseFile caseFile, Map<String, String> caseFields) {
        CaseOffice chosen = of(caseFile);
        Map<String, String> fields = new LinkedHashMap<>(caseFields);
        chosen.office().ifPresent(office -> {
            putIfBlank(fields, LetterField.LETTERHEAD.key(), String.join("\n", office.nameLines()));
            putIfBlank(fields, LetterField.HEADER_RIGHT.key(), String.join("\n", office.headerRight()));
            putIfBlank(fields, LetterField.LETTERHEAD_CONTACT.key(), office.contactLine());
        });
        chosen.signatory().ifPresent(s -> putIfBlank(fields, LetterField.SIGNATURE.key(), String.join("\n", s.blockLines())));
        return fields;
    }

    /** The letterhead's logo and contact line for a case, drawn by {@link LetterheadRenderer}. */
    Letterhead letterhead(CaseFile caseFile, Map<String, String> fields) {
        Optional<Office> office = of(caseFile).office();
        String alt = office.map(Office::displayName).orElse(caseFile.issuingOffice());
        return new Letterhead(office.map(Office::logoPng).orElse(null), alt == null ? "" : alt,
                fields.get(LetterField.LETTERHEAD_CONTACT.key()));
    }

    /**
     * Page 1 of a letter that holds only this office's letterhead (as the letters draw it), as PDF: the editor's
     * preview of an office not saved yet.
     */
    public byte[] letterheadPreview(Office office) {
        List<List<Run>> names = office.nameLines().stream().filter(l -> !l.isBlank())
                .map(l -> List.of(new Run(l, true, false, 0))).toList();
        List<Block> blocks = new java.util.ArrayList<>();
        blocks.add(new Block(Block.Kind.LINES, List.of(), 0, names, Block.Align.CENTER, true, "letterhead"));
        if (!office.headerRight().isEmpty()) {
            blocks.add(new Block(Block.Kind.LINES, List.of(), 0, office.headerRight().stream()
                    .map(l -> List.of(new Run(l, false, false, 0))).toList(), Block.Align.RIGHT, true, "right"));
        }
        LetterDocument document = new LetterDocument("Letterhead of " + office.displayName(), "Letterhead preview",
                "Tracebench", blocks, List.of(), null)
                .withLetterhead(new Letterhead(office.logoPng(), office.displayName(), office.contactLine()));
        return new PdfLetterWriter().write(document);
    }

    private static void putIfBlank(Map<String, String> fields, String key, String value) {
        String current = fields.get(key);
        if ((current == null || current.isBlank()) && value != null && !value.isBlank()) {
            fields.put(key, value);
        }
    }

    /** Refuses an image that is not a PNG or is larger than {@link #IMAGE_LIMIT}. */
    public static void checkImage(byte[] png, String what) {
        if (png == null) {
            return;
        }
        if (png.length > IMAGE_LIMIT) {
            throw new IllegalArgumentException(what + " is " + png.length / 1024 + " KB; the limit is "
                    + IMAGE_LIMIT / 1000 + " KB");
        }
        if (png.length < PNG_MAGIC.length || !java.util.Arrays.equals(png, 0, PNG_MAGIC.length, PNG_MAGIC, 0, PNG_MAGIC.length)) {
            throw new IllegalArgumentException(what + " is not a PNG image (SVG and other formats: convert to PNG first)");
        }
    }

    private static Map<String, String[]> sampleAssignments() {
        Map<String, String[]> result = new LinkedHashMap<>();
        try (InputStream in = Offices.class.getResourceAsStream(SAMPLE_CASES)) {
            if (in == null) {
                return result;
            }
            CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#').get();
            for (CSVRecord row : format.parse(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                result.put(row.get("case"), new String[] {row.get("office"), row.get("signatory")});
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return result;
    }
}
