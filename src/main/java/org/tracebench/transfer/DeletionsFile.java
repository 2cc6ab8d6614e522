package org.tracebench.transfer;

import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.tracebench.store.CasePart;

/**
 * The {@code parts/deleted.csv} entry of a case file (format version 2, decision 0710): one line per deleted
 * record, with the record as last exchanged in the folded form {@link CaseTransfer#content} writes. Kept apart
 * from the record parts, which {@link CaseFileFormat} reads through {@link CasePart}.
 */
final class DeletionsFile {

    static final String PATH = "parts/deleted.csv";
    static final List<String> HEADER = List.of("uid", "part", "deleted_at", "deleted_by", "base");

    private DeletionsFile() {
    }

    static byte[] write(List<Deletion> deletions) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CaseFileFormat.CSV)) {
            printer.printRecord(HEADER);
            for (Deletion d : deletions) {
                printer.printRecord(d.uid(), d.part().stem(), d.deletedAt().toString(), d.deletedBy(),
                        d.base() == null ? null : CaseTransfer.content(d.base()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    static List<Deletion> read(byte[] content, String where) {
        List<Deletion> deletions = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(content, StandardCharsets.UTF_8)), CaseFileFormat.CSV)) {
            boolean header = true;
            for (CSVRecord row : parser) {
                if (header) {
                    if (!row.toList().subList(0, Math.min(row.size(), HEADER.size())).equals(HEADER)) {
                        throw new CaseFileException(where + ": the columns must be " + String.join(", ", HEADER)
                                + "; nothing was imported");
                    }
                    header = false;
                    continue;
                }
                String line = where + ", line " + row.getRecordNumber();
                if (row.size() < HEADER.size()) {
                    throw new CaseFileException(line + ": " + row.size() + " values for " + HEADER.size() + " columns; nothing was imported");
                }
                String uid = row.get(0);
                if (uid == null || uid.isBlank()) {
                    throw new CaseFileException(line + ": no uid; nothing was imported");
                }
                Optional<CasePart> part = CasePart.byFileName(row.get(1) + ".csv");
                if (part.isEmpty()) {
                    // A part a newer build carries: its deletions are not ours to apply.
                    continue;
                }
                Instant at;
                try {
                    at = Instant.parse(row.get(2));
                } catch (DateTimeParseException | NullPointerException e) {
                    throw new CaseFileException(line + ": deleted_at \"" + row.get(2) + "\" is not a time; nothing was imported", e);
                }
                String base = row.get(4);
                deletions.add(new Deletion(part.get(), uid, at, row.get(3) == null ? "" : row.get(3),
                        base == null ? null : CaseTransfer.parse(uid, base)));
            }
        } catch (IOException | IllegalStateException | UncheckedIOException e) {
            throw new CaseFileException(where + " is not readable CSV (" + e.getMessage() + "); nothing was imported", e);
        }
        return deletions;
    }
}
