package org.tracebench.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * What can be told of a source before reading it as a table: that it is missing, a folder, empty, or an
 * old Excel workbook; and what its bytes say it is. The content decides the format, not the file's name:
 * a CSV saved as ".xlsx" is read as text, a workbook saved as ".csv" as a workbook.
 */
public final class SourceCheck {

    private static final byte[] ZIP = {'P', 'K', 3, 4};
    private static final byte[] OLE2 = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1, 0x1A, (byte) 0xE1};

    /** A source that cannot be imported at all, in the words used for the batch line and for the report. */
    public enum Problem {
        MISSING("does not exist", "the file does not exist"),
        FOLDER("is a folder, not a file", "a folder, not a file"),
        UNREADABLE("cannot be read (no permission)", "the file cannot be read (no permission)"),
        EMPTY("is empty", "the file is empty"),
        // Password-protected XLSX files are OLE2 containers too.
        OLD_EXCEL("is an old Excel workbook (.xls) or a password-protected one; save it as .xlsx without a password, "
                + "or as CSV, and import that",
                "an old Excel workbook (.xls) or a password-protected one; save it as .xlsx without a password, or as CSV");

        private final String predicate;
        private final String reason;

        Problem(String predicate, String reason) {
            this.predicate = predicate;
            this.reason = reason;
        }

        /** "FILE is empty": one line for the batch command. */
        public String sentence(String shownAs) {
            return shownAs + " " + predicate;
        }

        /** The reason in the report, which names the file already. */
        public String reason() {
            return reason;
        }
    }

    private SourceCheck() {
    }

    public static Optional<Problem> problem(Path path) {
        if (Files.isDirectory(path)) {
            return Optional.of(Problem.FOLDER);
        }
        if (!Files.exists(path)) {
            return Optional.of(Problem.MISSING);
        }
        if (!Files.isReadable(path)) {
            return Optional.of(Problem.UNREADABLE);
        }
        return problem(ImportSource.of(path));
    }

    public static Optional<Problem> problem(ImportSource source) {
        if (source.path() != null && Files.isDirectory(source.path())) {
            return Optional.of(Problem.FOLDER);
        }
        if (source.path() != null && !Files.exists(source.path())) {
            return Optional.of(Problem.MISSING);
        }
        if (source.size() == 0) {
            return Optional.of(Problem.EMPTY);
        }
        return startsWith(source, OLE2) ? Optional.of(Problem.OLD_EXCEL) : Optional.empty();
    }

    /** A zip container, as every XLSX workbook is. */
    static boolean isWorkbook(ImportSource source) {
        return startsWith(source, ZIP);
    }

    private static boolean startsWith(ImportSource source, byte[] magic) {
        try (InputStream in = source.open()) {
            byte[] head = in.readNBytes(magic.length);
            return java.util.Arrays.equals(head, magic);
        } catch (IOException e) {
            return false;
        }
    }

    /** The report of a source refused before reading: one error, nothing written. */
    static ImportReport rejected(ImportSource source, ImportFormat format, Problem problem) {
        ImportReport report = new ImportReport(source.name(), format != null ? format : ImportFormat.fromFileName(source.name()));
        report.error(new ImportIssue(source.name(), 0, "", null, null, problem.reason()));
        report.outcome(ImportReport.Outcome.REJECTED);
        return report;
    }
}
