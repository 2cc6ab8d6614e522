package org.tracebench.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;

/** The authorities letters cite, each once, by key. The built-in set ships as citations.csv. */
public final class CitationLibrary {

    public static final String BUILT_IN = "/org/tracebench/letters/citations.csv";

    private final Map<String, Citation> byKey = new LinkedHashMap<>();

    public CitationLibrary(Collection<Citation> citations) {
        citations.forEach(c -> byKey.put(c.key(), c));
    }

    public static CitationLibrary builtIn() {
        try (InputStream in = CitationLibrary.class.getResourceAsStream(BUILT_IN)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + BUILT_IN);
            }
            return new CitationLibrary(read(new InputStreamReader(in, StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Reads citations from CSV with the columns key, kind, full, release, volume, reporter, page, tail, short, url.
     * A bad row is refused with its line and reason.
     */
    public static List<Citation> read(Reader reader) throws IOException {
        List<Citation> result = new ArrayList<>();
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).setCommentMarker('#')
                .setIgnoreEmptyLines(true).get();
        for (CSVRecord row : format.parse(reader)) {
            try {
                Citation citation = new Citation(row.get("key"), Citation.Kind.parse(row.get("kind")), row.get("full"),
                        row.get("release"), row.get("volume"), row.get("reporter"), row.get("page"), row.get("tail"),
                        row.get("short"), row.get("url"));
                if (!citation.problem().isEmpty()) {
                    throw new IllegalArgumentException(citation.problem());
                }
                result.add(citation);
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("citations line " + row.getParser().getCurrentLineNumber() + ": "
                        + e.getMessage(), e);
            }
        }
        return result;
    }

    public Optional<Citation> find(String key) {
        return Optional.ofNullable(byKey.get(key));
    }

    public List<Citation> all() {
        return List.copyOf(byKey.values());
    }

    /** A copy with the given citations added or replacing those of the same key. */
    public CitationLibrary overlaidWith(Collection<Citation> edits) {
        List<Citation> merged = new ArrayList<>(byKey.values());
        CitationLibrary result = new CitationLibrary(merged);
        edits.forEach(c -> result.byKey.put(c.key(), c));
        return result;
    }
}
