package org.tracebench.transfer;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import org.tracebench.model.PartRecord;
import org.tracebench.store.AuditLog;
import org.tracebench.store.CasePart;
import org.tracebench.store.CaseCarryRepository;
import org.tracebench.store.CaseTransferRepository;
import org.tracebench.store.Database;
import org.tracebench.store.DeletionLog;
import org.tracebench.store.Folded;
import org.tracebench.store.Passphrase;
import org.tracebench.work.Progress;
import org.tracebench.work.StagedFile;
import org.tracebench.work.TempFolder;

/**
 * Exports a case as one {@code .tbcase} file and imports such a file into this database (decision 0702). An
 * import runs in one transaction: a refused file, an undecided conflict, a failure or a cancel leaves the
 * database as it was.
 */
public final class CaseTransfer {

    /** Files this large are refused before they are read into memory; a case file is a few megabytes. */
    private static final long MAX_FILE = 512L * 1024 * 1024;

    private final Database database;
    private final CaseTransferRepository records;
    private final CaseCarryRepository carried;
    private final AuditLog audit;
    private final Clock clock;
    private final TempFolder temp;
    private final String writtenBy;
    private final SecureRandom random = new SecureRandom();
    private final DeletionLog deletions;

    public CaseTransfer(Database database, CaseTransferRepository records, CaseCarryRepository carried, AuditLog audit,
                        Clock clock, TempFolder temp, String writtenBy, DeletionLog deletions) {
        this.carried = carried;
        this.deletions = deletions;
        this.database = database;
        this.records = records;
        this.audit = audit;
        this.clock = clock;
        this.temp = temp;
        this.writtenBy = writtenBy;
    }

    /** Whether the file is an encrypted case file (so the caller asks for its passphrase first). */
    public static boolean isEncrypted(Path file) {
        try (var in = Files.newInputStream(file)) {
            return CaseFileFormat.isEncrypted(in.readNBytes(CaseCipher.MAGIC.length));
        } catch (IOException e) {
            throw new CaseFileException("Cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    // ---------------------------------------------------------------------------------------------- export

    /**
     * Writes the case to {@code target} (encrypted when a passphrase is given) and remembers its records as
     * exchanged. The file appears whole or not at all.
     */
    public ExportSummary export(long caseId, Path target, Passphrase passphrase, Progress progress) {
        if (passphrase != null && !passphrase.isLongEnough()) {
            throw new IllegalArgumentException("The passphrase must have at least " + Passphrase.MINIMUM_LENGTH
                    + " characters; nothing was written");
        }
        progress.update(0, 3, "Reading the case");
        return database.inTransaction(() -> {
            Map<CasePart, List<PartRecord>> parts = records.read(caseId);
            if (parts.get(CasePart.CASE).isEmpty()) {
                throw new IllegalArgumentException("No case with id " + caseId + "; nothing was written");
            }
            PartRecord theCase = parts.get(CasePart.CASE).get(0);
            Map<CasePart, List<PartRecord>> bases = new EnumMap<>(CasePart.class);
            for (CasePart part : compared()) {
                Map<String, String> known = records.bases(theCase.uid(), part);
                List<PartRecord> base = new ArrayList<>();
                for (PartRecord record : parts.get(part)) {
                    String content = known.get(record.uid());
                    if (content != null) {
                        base.add(parse(record.uid(), content));
                    }
                }
                bases.put(part, base);
            }
            progress.checkCancelled();
            progress.update(1, 3, "Writing " + target.getFileName());
            CaseBundle.Manifest manifest = new CaseBundle.Manifest(CaseBundle.FORMAT_VERSION, writtenBy, Instant.now(clock),
                    audit.actor(), theCase.uid(), theCase.get("case_key"), theCase.get("title"), List.of());
            List<Deletion> deleted = deletedOf(theCase.uid(), parts);
            byte[] bytes = CaseFileFormat.write(new CaseBundle(manifest, parts, bases, deleted), passphrase, random);
            for (CasePart part : compared()) {
                Map<String, String> exchanged = new LinkedHashMap<>();
                parts.get(part).forEach(record -> exchanged.put(record.uid(), content(record)));
                records.saveBases(theCase.uid(), part, exchanged);
            }
            Map<CasePart, Integer> counts = new EnumMap<>(CasePart.class);
            parts.forEach((part, list) -> counts.put(part, list.size()));
            audit.record("case", caseId, "case-exported", target.getFileName() + ": " + counts.get(CasePart.CALLS) + " calls, "
                    + counts.values().stream().mapToInt(Integer::intValue).sum() + " records"
                    + (deleted.isEmpty() ? "" : ", " + deleted.size() + " deleted")
                    + (passphrase != null ? ", encrypted" : "") + ", SHA-256 " + CaseFileFormat.sha256(bytes));
            progress.checkCancelled();
            progress.update(2, 3, "Saving " + target.getFileName());
            // Last, inside the transaction: a file that cannot be put in place takes the "exchanged" marks back with it.
            try (StagedFile staged = StagedFile.of(temp, target)) {
                try (OutputStream out = Files.newOutputStream(staged.path())) {
                    out.write(bytes);
                }
                staged.moveIntoPlace();
            } catch (IOException e) {
                throw new UncheckedIOException("Cannot write " + target + ": " + e.getMessage(), e);
            }
            progress.update(3, 3, "Exported");
            Map<CasePart, Integer> deletedPerPart = new EnumMap<>(CasePart.class);
            deleted.forEach(d -> deletedPerPart.merge(d.part(), 1, Integer::sum));
            return new ExportSummary(target, theCase.get("case_key"), counts, passphrase != null, bytes.length, deletedPerPart);
        });
    }

    /**
     * The case's deleted records for the file, each with the record as this database last exchanged it; a record
     * that is in the case again under its identity (taken back by an import) is not deleted.
     */
    private List<Deletion> deletedOf(String caseUid, Map<CasePart, List<PartRecord>> parts) {
        List<Deletion> found = new ArrayList<>();
        Map<CasePart, Map<String, String>> known = new EnumMap<>(CasePart.class);
        Map<CasePart, java.util.Set<String>> present = new EnumMap<>(CasePart.class);
        for (DeletionLog.Deleted d : deletions.ofCase(caseUid)) {
            if (present.computeIfAbsent(d.part(), p -> parts.get(p).stream().map(PartRecord::uid)
                    .collect(java.util.stream.Collectors.toSet())).contains(d.uid())) {
                continue;
            }
            String base = known.computeIfAbsent(d.part(), p -> records.bases(caseUid, p)).get(d.uid());
            found.add(new Deletion(d.part(), d.uid(), d.at(), d.by(), base == null ? null : parse(d.uid(), base)));
        }
        return found;
    }

    // ---------------------------------------------------------------------------------------------- import

    /** Reads and checks a case file without importing it (for a preview, and for tests). */
    public static CaseBundle read(Path file, Supplier<Passphrase> passphrase) {
        String name = file.getFileName().toString();
        try {
            long size = Files.size(file);
            if (size > MAX_FILE) {
                throw new CaseFileException(name + " is larger than " + MAX_FILE / (1024 * 1024)
                        + " MB, far more than any case file; nothing was imported");
            }
            return CaseFileFormat.read(Files.readAllBytes(file), name, passphrase);
        } catch (java.nio.file.NoSuchFileException e) {
            throw new CaseFileException(file + " does not exist; nothing was imported", e);
        } catch (IOException e) {
            throw new CaseFileException("Cannot read " + file + ": " + e.getMessage() + "; nothing was imported", e);
        }
    }

    /**
     * Imports the case file in one transaction. Records changed on both sides are decided by {@code decisions};
     * any left undecided stop the import with {@link ConflictsException} (nothing written).
     */
    public ImportSummary importCase(Path file, Supplier<Passphrase> passphrase, Decisions decisions, Progress progress) {
        progress.update(0, -1, "Reading " + file.getFileName());
        CaseBundle bundle = read(file, passphrase);
        progress.checkCancelled();
        return database.inTransaction(() -> new CaseImport(records, carried, audit, bundle, file.getFileName().toString(), decisions, progress)
                .withDeletions(deletions).apply());
    }

    /** The parts whose records are compared with their copies here (the others are matched or only added). */
    static List<CasePart> compared() {
        return java.util.Arrays.stream(CasePart.values()).filter(p -> !p.matchedByName() && !p.appendOnly()).toList();
    }

    /** The stored form of a record last exchanged: its fields, one per line (see {@link Folded}). */
    static String content(PartRecord record) {
        List<List<String>> lines = new ArrayList<>();
        record.fields().forEach((name, value) -> lines.add(java.util.Arrays.asList(name, value)));
        String joined = Folded.join(lines);
        return joined == null ? "" : joined;
    }

    static PartRecord parse(String uid, String content) {
        Map<String, String> fields = new LinkedHashMap<>();
        for (List<String> line : Folded.split(content)) {
            fields.put(line.get(0), line.size() > 1 ? line.get(1) : null);
        }
        return new PartRecord(uid, fields);
    }
}
