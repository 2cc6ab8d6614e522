package org.tracebench.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Where rows come from: a file, or text pasted by the user. It can be opened more than once (a preview,
 * then the import) and is never read whole into memory when it is a file.
 */
public record ImportSource(String name, Path path, byte[] bytes) {

    public static ImportSource of(Path path) {
        return new ImportSource(path.getFileName().toString(), path, null);
    }

    /** Pasted text; it is kept as UTF-8. */
    public static ImportSource ofText(String name, String text) {
        return new ImportSource(name, null, text.getBytes(StandardCharsets.UTF_8));
    }

    public InputStream open() throws IOException {
        return path != null ? Files.newInputStream(path) : new ByteArrayInputStream(bytes);
    }

    public long size() {
        try {
            return path != null ? Files.size(path) : bytes.length;
        } catch (IOException e) {
            return -1;
        }
    }

    public boolean isPasted() {
        return path == null;
    }
}
