package org.tracebench.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The hostile files of issue 12, written into a folder for the batch tests: the small ones copied from the
 * fuzz corpus, the large ones (a 60 MB line, a 10,000-column header) made here. Each says what its one
 * line of refusal must contain. {@code header} is the table's first line: an attachment table's, or an RMD
 * export's, so the same hostile shapes reach each reader past its header check.
 */
record HostileFile(String label, Path path, String expected) {

    static final String CALLS = "Customer,Date of Call";
    static final String RMD = "number,business_name";

    static List<HostileFile> all(Path dir, String header, boolean rmd) throws IOException {
        Files.createDirectories(dir);
        List<HostileFile> files = new ArrayList<>();
        files.add(new HostileFile("zip bomb", copy("xlsx/zip-bomb.xlsx", dir), rmd ? "not CSV" : "row 2: a cell of more than 32,767 characters"));
        files.add(new HostileFile("entity attack", copy("xlsx/billion-laughs.xlsx", dir), rmd ? "not CSV" : "DOCTYPE or entities"));
        files.add(new HostileFile("external entity", copy("xlsx/external-entity.xlsx", dir), rmd ? "not CSV" : "DOCTYPE or entities"));
        files.add(new HostileFile("truncated workbook", copy("xlsx/truncated.xlsx", dir), rmd ? "not CSV" : "a damaged one"));
        Path line = dir.resolve("huge-line.csv");
        try (BufferedWriter out = Files.newBufferedWriter(line, StandardCharsets.UTF_8)) {
            out.write(header + "\nAcme,x\n\"");
            char[] chunk = "x".repeat(64 * 1024).toCharArray();
            for (int i = 0; i < 60 * 16; i++) {
                out.write(chunk);
            }
            out.write("\",x\n");
        }
        files.add(new HostileFile("60 MB line", line, "row 3: a row of more than 1,000,000 characters"));
        Path cell = Files.writeString(dir.resolve("huge-cell.csv"), header + "\nAcme,\"" + "y".repeat(40_000) + "\"\n");
        files.add(new HostileFile("40,000-character cell", cell, "row 2" + (rmd ? ", column 2" : "") + ": a cell of 40,000 characters"));
        StringBuilder wide = new StringBuilder(header);
        for (int i = 2; i < 10_000; i++) {
            wide.append(",extra ").append(i);
        }
        Path columns = Files.writeString(dir.resolve("wide.csv"), wide + "\nAcme,x\n");
        files.add(new HostileFile("10,000 columns", columns, "row 1: 10,000 columns; at most 1,000 are read"));
        String row = rmd ? "RMD0001,Acme\n" : "Acme,2021-09-07T17:36:00Z\n";
        byte[] good = (header + "\n" + row.repeat(12_000)).getBytes(StandardCharsets.UTF_8);
        Path utf8 = dir.resolve("invalid-utf8.csv");
        Files.write(utf8, concat(good, new byte[] {'C', 'a', 'f', (byte) 0xC3, '(', ',', 'x', '\n'}));
        files.add(new HostileFile("invalid UTF-8 past the first 64 KB", utf8, "row 12002: not UTF-8 at byte "
                + String.format(java.util.Locale.ROOT, "%,d", good.length + 4)));
        Path nul = Files.write(dir.resolve("nul.csv"), (header + "\nAc\0me,x\n").getBytes(StandardCharsets.UTF_8));
        files.add(new HostileFile("NUL byte", nul, "row 2: a NUL byte at byte " + (header.length() + 4)));
        Path picture = dir.resolve("picture.xlsx");
        Files.copy(dir.resolve(copy("csv/binary.csv", dir).getFileName()), picture);
        files.add(new HostileFile("binary named .xlsx", picture, rmd ? "picture.xlsx: row 3: not Windows-1252 at byte 23" : "picture.xlsx, row 3: not Windows-1252 at byte 23"));
        files.add(new HostileFile("empty", Files.createFile(dir.resolve("empty.csv")), "empty.csv is empty"));
        Path headerOnly = Files.writeString(dir.resolve("header-only.csv"), header + "\n");
        files.add(new HostileFile("header only", headerOnly, "row 1: only a header"));
        files.add(new HostileFile("folder", Files.createDirectory(dir.resolve("folder.csv")), "folder.csv is a folder, not a file"));
        files.add(new HostileFile("missing", dir.resolve("missing.csv"), "missing.csv does not exist"));
        return files;
    }

    private static Path copy(String resource, Path dir) throws IOException {
        Path target = dir.resolve(resource.substring(resource.indexOf('/') + 1));
        // The samples live in the readers' fuzz corpus (Jazzer's inputs folders, decision 0017).
        String folder = resource.startsWith("xlsx/") ? "workbook" : "delimitedText";
        String path = "/org/tracebench/ingest/ReaderFuzzTestInputs/" + folder + resource.substring(resource.indexOf('/'));
        try (InputStream in = HostileFile.class.getResourceAsStream(path)) {
            Files.copy(in, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        return target;
    }

    private static byte[] concat(byte[] a, byte[] b) {
        byte[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    @Override
    public String toString() {
        return label;
    }
}
