package org.tracebench.transfer;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipException;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.CSVRecord;
import org.apache.commons.csv.QuoteMode;
import org.tracebench.model.PartRecord;
import org.tracebench.store.CasePart;
import org.tracebench.store.Passphrase;

/**
 * Writes and reads the {@code .tbcase} file (docs/case-transfer.md): a zip holding {@code manifest.txt}, one CSV
 * file per part under {@code parts/} and the exporter's starting points under {@code base/}; the manifest lists
 * every other entry with its SHA-256, and reading refuses a file whose entries do not match it.
 */
public final class CaseFileFormat {

    static final String MANIFEST = "manifest.txt";
    static final String FIRST_LINE = "tracebench-case-file";
    /** Hostile files (decision 0106): a zip that unpacks to more than this is refused before it fills memory. */
    private static final long MAX_UNPACKED = 512L * 1024 * 1024;

    /** Nulls are an unquoted \N and every other value is quoted, so an empty text and a missing value stay apart. */
    static final CSVFormat CSV = CSVFormat.RFC4180.builder().setNullString("\\N")
            .setQuoteMode(QuoteMode.ALL_NON_NULL).setRecordSeparator("\n").get();

    private CaseFileFormat() {
    }

    /** The file's bytes; encrypted when a passphrase is given. */
    static byte[] write(CaseBundle bundle, Passphrase passphrase, SecureRandom random) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            List<CaseBundle.Entry> entries = new ArrayList<>();
            Map<String, byte[]> files = new LinkedHashMap<>();
            for (CasePart part : CasePart.values()) {
                files.put("parts/" + part.fileName(), csv(part, bundle.part(part)));
                entries.add(new CaseBundle.Entry("parts/" + part.fileName(), bundle.part(part).size(), null));
                if (!bundle.base(part).isEmpty()) {
                    files.put("base/" + part.fileName(), csv(part, bundle.base(part)));
                    entries.add(new CaseBundle.Entry("base/" + part.fileName(), bundle.base(part).size(), null));
                }
            }
            files.put(DeletionsFile.PATH, DeletionsFile.write(bundle.deletions()));
            entries.add(new CaseBundle.Entry(DeletionsFile.PATH, bundle.deletions().size(), null));
            List<CaseBundle.Entry> listed = entries.stream()
                    .map(e -> new CaseBundle.Entry(e.path(), e.records(), sha256(files.get(e.path())))).toList();
            putEntry(zip, MANIFEST, manifestText(bundle.manifest(), listed).getBytes(StandardCharsets.UTF_8));
            for (Map.Entry<String, byte[]> file : files.entrySet()) {
                putEntry(zip, file.getKey(), file.getValue());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return passphrase == null ? bytes.toByteArray() : CaseCipher.seal(bytes.toByteArray(), passphrase, random);
    }

    static boolean isEncrypted(byte[] file) {
        return CaseCipher.isEncrypted(file);
    }

    /**
     * Reads and checks a case file. {@code passphrase} is asked only when the file is encrypted (it may return
     * null: then {@link PassphraseNeededException}). Every refusal is one line naming the file and the reason.
     */
    static CaseBundle read(byte[] file, String name, Supplier<Passphrase> passphrase) {
        byte[] plain = file;
        if (CaseCipher.isEncrypted(file)) {
            Passphrase given = passphrase.get();
            if (given == null) {
                throw new PassphraseNeededException(name + " is encrypted: a passphrase is needed to import it");
            }
            plain = CaseCipher.open(file, given, name);
        } else if (file.length < 4 || file[0] != 'P' || file[1] != 'K') {
            throw new CaseFileException(name + " is not a Tracebench case file; nothing was imported");
        }
        Map<String, byte[]> entries = unzip(plain, name);
        byte[] manifestBytes = entries.get(MANIFEST);
        if (manifestBytes == null) {
            throw new CaseFileException(name + " has no manifest.txt: not a Tracebench case file; nothing was imported");
        }
        CaseBundle.Manifest manifest = parseManifest(new String(manifestBytes, StandardCharsets.UTF_8), name);
        for (String entry : entries.keySet()) {
            if (!entry.equals(MANIFEST) && manifest.entries().stream().noneMatch(e -> e.path().equals(entry))) {
                throw new CaseFileException(name + ": " + entry + " is not listed in the manifest (the file was changed); "
                        + "nothing was imported");
            }
        }
        Map<CasePart, List<PartRecord>> parts = new EnumMap<>(CasePart.class);
        Map<CasePart, List<PartRecord>> bases = new EnumMap<>(CasePart.class);
        List<Deletion> deletions = List.of();
        for (CaseBundle.Entry entry : manifest.entries()) {
            byte[] content = entries.get(entry.path());
            if (content == null) {
                throw new CaseFileException(name + ": " + entry.path() + " is listed in the manifest but missing; nothing was imported");
            }
            if (!sha256(content).equalsIgnoreCase(entry.sha256())) {
                throw new CaseFileException(name + ": " + entry.path() + " does not match its SHA-256 in the manifest "
                        + "(the file was changed or damaged); nothing was imported");
            }
            if (entry.path().equals(DeletionsFile.PATH)) {
                deletions = DeletionsFile.read(content, name + ": " + entry.path());
                continue;
            }
            String[] path = entry.path().split("/", 2);
            Optional<CasePart> part = path.length == 2 ? CasePart.byFileName(path[1]) : Optional.empty();
            if (part.isEmpty() || !(path[0].equals("parts") || path[0].equals("base"))) {
                // A part a newer build of the same format version added: listed and checked, but not ours to read.
                continue;
            }
            List<PartRecord> records = parseCsv(part.get(), content, name + ": " + entry.path());
            (path[0].equals("parts") ? parts : bases).put(part.get(), records);
        }
        for (CasePart part : CasePart.values()) {
            if (part.required() && !parts.containsKey(part)) {
                throw new CaseFileException(name + ": the manifest lists no parts/" + part.fileName()
                        + ", which every case file has; nothing was imported");
            }
        }
        if (parts.get(CasePart.CASE).size() != 1) {
            throw new CaseFileException(name + ": parts/case.csv must hold exactly one case; nothing was imported");
        }
        return new CaseBundle(manifest, parts, bases, deletions);
    }

    private static Map<String, byte[]> unzip(byte[] plain, String name) {
        Map<String, byte[]> entries = new LinkedHashMap<>();
        long total = 0;
        try (ZipInputStream zip = new ZipInputStream(new ByteArrayInputStream(plain), StandardCharsets.UTF_8)) {
            ZipEntry entry;
            while ((entry = zip.getNextEntry()) != null) {
                if (entry.isDirectory()) {
                    continue;
                }
                if (entries.containsKey(entry.getName())) {
                    throw new CaseFileException(name + ": " + entry.getName() + " appears twice; nothing was imported");
                }
                byte[] content = readCapped(zip, MAX_UNPACKED - total, name);
                total += content.length;
                entries.put(entry.getName(), content);
            }
        } catch (ZipException e) {
            throw new CaseFileException(name + " is damaged (" + e.getMessage() + "); nothing was imported", e);
        } catch (IOException e) {
            throw new CaseFileException(name + " cannot be read: " + e.getMessage() + "; nothing was imported", e);
        }
        if (entries.isEmpty()) {
            throw new CaseFileException(name + " is not a Tracebench case file (an empty or damaged zip); nothing was imported");
        }
        return entries;
    }

    private static byte[] readCapped(InputStream in, long room, String name) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buffer = new byte[64 * 1024];
        int read;
        while ((read = in.read(buffer)) > 0) {
            out.write(buffer, 0, read);
            if (out.size() > room) {
                throw new CaseFileException(name + " unpacks to more than " + MAX_UNPACKED / (1024 * 1024)
                        + " MB, far more than any case; nothing was imported");
            }
        }
        return out.toByteArray();
    }

    private static void putEntry(ZipOutputStream zip, String path, byte[] content) throws IOException {
        ZipEntry entry = new ZipEntry(path);
        zip.putNextEntry(entry);
        zip.write(content);
        zip.closeEntry();
    }

    static byte[] csv(CasePart part, List<PartRecord> records) {
        StringWriter out = new StringWriter();
        try (CSVPrinter printer = new CSVPrinter(out, CSV)) {
            List<String> header = new ArrayList<>();
            header.add("uid");
            header.addAll(part.columnNames());
            printer.printRecord(header);
            for (PartRecord record : records) {
                List<String> row = new ArrayList<>();
                row.add(record.uid());
                for (String column : part.columnNames()) {
                    row.add(record.get(column));
                }
                printer.printRecord(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toString().getBytes(StandardCharsets.UTF_8);
    }

    private static List<PartRecord> parseCsv(CasePart part, byte[] content, String where) {
        List<PartRecord> records = new ArrayList<>();
        try (CSVParser parser = CSVParser.parse(new StringReader(new String(content, StandardCharsets.UTF_8)), CSV)) {
            List<String> header = null;
            for (CSVRecord row : parser) {
                if (header == null) {
                    header = row.toList();
                    if (header.isEmpty() || !"uid".equals(header.get(0))) {
                        throw new CaseFileException(where + ": the first column must be uid; nothing was imported");
                    }
                    continue;
                }
                if (row.size() != header.size()) {
                    throw new CaseFileException(where + ", line " + row.getRecordNumber() + ": " + row.size()
                            + " values for " + header.size() + " columns; nothing was imported");
                }
                String uid = row.get(0);
                if (uid == null || uid.isBlank()) {
                    throw new CaseFileException(where + ", line " + row.getRecordNumber() + ": no uid; nothing was imported");
                }
                Map<String, String> fields = new LinkedHashMap<>();
                for (int i = 1; i < header.size(); i++) {
                    // Columns a newer build added are left out; columns an older build lacked are simply absent.
                    if (part.columnNames().contains(header.get(i))) {
                        fields.put(header.get(i), row.get(i));
                    }
                }
                records.add(new PartRecord(uid, fields));
            }
        } catch (IOException | IllegalStateException | java.io.UncheckedIOException e) {
            throw new CaseFileException(where + " is not readable CSV (" + e.getMessage() + "); nothing was imported", e);
        }
        return records;
    }

    private static String manifestText(CaseBundle.Manifest manifest, List<CaseBundle.Entry> entries) {
        StringBuilder text = new StringBuilder(FIRST_LINE).append('\n');
        line(text, "format-version", Integer.toString(manifest.version()));
        line(text, "written-by", manifest.writtenBy());
        line(text, "exported-at", manifest.exportedAt().toString());
        line(text, "exported-by", manifest.exportedBy());
        line(text, "case-uid", manifest.caseUid());
        line(text, "case-key", manifest.caseKey());
        line(text, "case-title", manifest.caseTitle());
        for (CaseBundle.Entry entry : entries) {
            line(text, "part", entry.path() + " " + entry.records() + " " + entry.sha256());
        }
        return text.toString();
    }

    private static void line(StringBuilder text, String key, String value) {
        text.append(key).append(": ").append(value == null ? "" : value.replace('\n', ' ').replace('\r', ' ')).append('\n');
    }

    private static CaseBundle.Manifest parseManifest(String text, String name) {
        List<String> lines = text.lines().toList();
        if (lines.isEmpty() || !lines.get(0).equals(FIRST_LINE)) {
            throw new CaseFileException(name + ": manifest.txt does not start with \"" + FIRST_LINE
                    + "\": not a Tracebench case file; nothing was imported");
        }
        Map<String, String> values = new LinkedHashMap<>();
        List<CaseBundle.Entry> entries = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            int colon = line.indexOf(": ");
            if (line.isBlank() || colon < 0) {
                continue;
            }
            String key = line.substring(0, colon);
            String value = line.substring(colon + 2);
            if (key.equals("part")) {
                String[] fields = value.split(" ");
                if (fields.length != 3 || !fields[1].matches("\\d{1,12}") || !fields[2].matches("[0-9a-fA-F]{64}")) {
                    throw new CaseFileException(name + ": manifest line \"" + line + "\" is not \"part: PATH RECORDS SHA-256\"; "
                            + "nothing was imported");
                }
                entries.add(new CaseBundle.Entry(fields[0], Long.parseLong(fields[1]), fields[2]));
            } else {
                values.putIfAbsent(key, value);
            }
        }
        String version = values.get("format-version");
        if (version == null || !version.matches("\\d{1,6}")) {
            throw new CaseFileException(name + ": the manifest names no format version; nothing was imported");
        }
        int number = Integer.parseInt(version);
        if (number > CaseBundle.FORMAT_VERSION) {
            throw new CaseFileException(name + " was written by a newer Tracebench (case file format " + number
                    + "; this one reads up to " + CaseBundle.FORMAT_VERSION + "): update Tracebench to import it; nothing was imported");
        }
        Instant exportedAt;
        try {
            exportedAt = Instant.parse(values.getOrDefault("exported-at", ""));
        } catch (java.time.format.DateTimeParseException e) {
            exportedAt = null;
        }
        return new CaseBundle.Manifest(number, values.get("written-by"), exportedAt, values.get("exported-by"),
                values.get("case-uid"), values.get("case-key"), values.get("case-title"), List.copyOf(entries));
    }

    static String sha256(byte[] content) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }
}
