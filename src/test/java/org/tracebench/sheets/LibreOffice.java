package org.tracebench.sheets;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

/** Runs LibreOffice headless to convert files, with a profile of its own so parallel runs do not collide. */
final class LibreOffice {

    private LibreOffice() {
    }

    static Optional<Path> find() {
        String path = System.getenv("PATH");
        if (path == null) {
            return Optional.empty();
        }
        for (String folder : path.split(File.pathSeparator)) {
            Path candidate = Path.of(folder, "soffice");
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }

    /** Converts {@code file} into {@code outDir} with a --convert-to filter; returns the converted file. */
    static Path convert(Path soffice, Path file, String filter, String extension, Path outDir) throws Exception {
        return convert(soffice, file, filter, extension, outDir, "");
    }

    private static Path convert(Path soffice, Path file, String filter, String extension, Path outDir, String suffix)
            throws Exception {
        Files.createDirectories(outDir);
        Path profile = Files.createTempDirectory("tracebench-lo-profile");
        Process process = new ProcessBuilder(soffice.toString(), "-env:UserInstallation=" + profile.toUri(),
                "--headless", "--norestore", "--convert-to", filter, "--outdir", outDir.toString(), file.toString())
                .redirectErrorStream(true).start();
        // A guard against a hung office process, not a measurement.
        if (!process.waitFor(180, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new IOException("LibreOffice did not finish converting " + file);
        }
        String output = new String(process.getInputStream().readAllBytes());
        String name = file.getFileName().toString();
        Path converted = outDir.resolve(name.substring(0, name.lastIndexOf('.')) + suffix + "." + extension);
        if (process.exitValue() != 0 || !Files.exists(converted) || output.toLowerCase().contains("error")) {
            throw new IOException("LibreOffice failed to convert " + file + " (exit " + process.exitValue() + "): " + output);
        }
        return converted;
    }

    /**
     * Converts one sheet (numbered from 1) of a workbook to CSV with {@link #CSV_FILTER}'s options; LibreOffice
     * (7.2 and later) names the file after the workbook and the sheet.
     */
    static Path convertSheet(Path soffice, Path file, int sheet, String sheetName, Path outDir) throws Exception {
        return convert(soffice, file, CSV_FILTER + ",,0,false,true,false,false,false," + sheet, "csv", outDir,
                "-" + sheetName);
    }

    /** CSV, UTF-8, comma-separated, cells as shown (the LibreOffice default for text export). */
    static final String CSV_FILTER = "csv:Text - txt - csv (StarCalc):44,34,76,1";

}
