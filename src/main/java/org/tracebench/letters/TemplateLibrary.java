package org.tracebench.letters;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/**
 * Letter templates and the citation library: the built-in ones ship as resources; the user's edited copies
 * live in the case database (tables letter_template and citation) so they travel with the cases and are
 * backed up with them. A saved copy replaces the built-in one until it is reset.
 */
public final class TemplateLibrary {

    public static final List<String> BUILT_IN = List.of("task-force-notice", "fcc-cease-and-desist", "warning-letter");
    private static final String ROOT = "/org/tracebench/letters/templates/";

    private final Database database;
    private final Clock clock;
    private final TemplateParser parser = new TemplateParser();

    public TemplateLibrary(Database database, Clock clock) {
        this.database = database;
        this.clock = clock;
    }

    /** Slugs of every template: built-in first, then the user's own. */
    public List<String> slugs() {
        List<String> slugs = new ArrayList<>(BUILT_IN);
        for (String slug : savedSources().keySet()) {
            if (!slugs.contains(slug)) {
                slugs.add(slug);
            }
        }
        return slugs;
    }

    public String source(String slug) {
        return savedSource(slug).or(() -> builtInSource(slug))
                .orElseThrow(() -> new IllegalArgumentException("unknown template '" + slug + "' (known: "
                        + String.join(", ", slugs()) + ")"));
    }

    public LetterTemplate template(String slug) {
        return parser.parse(slug, source(slug));
    }

    public boolean isEdited(String slug) {
        return savedSource(slug).isPresent();
    }

    /** Saves the user's copy after checking that it parses (a TemplateException names the line). */
    public void save(String slug, String source) {
        parser.checkCitations(parser.parse(slug, source), citations());
        database.inTransaction(() -> database.withConnection(c -> {
            Jdbc.update(c, "DELETE FROM letter_template WHERE slug = ?", slug);
            Jdbc.update(c, "INSERT INTO letter_template (slug, source, updated_at) VALUES (?, ?, ?)", slug, source,
                    Instant.now(clock));
            return null;
        }));
    }

    /** Drops the user's copy so the built-in template applies again. */
    public void reset(String slug) {
        database.withConnection(c -> Jdbc.update(c, "DELETE FROM letter_template WHERE slug = ?", slug));
    }

    public static Optional<String> builtInSource(String slug) {
        try (InputStream in = TemplateLibrary.class.getResourceAsStream(ROOT + slug + ".tpl")) {
            return in == null ? Optional.empty() : Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private Optional<String> savedSource(String slug) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT source FROM letter_template WHERE slug = ?",
                r -> r.getString(1), slug));
    }

    private Map<String, String> savedSources() {
        Map<String, String> sources = new LinkedHashMap<>();
        database.withConnection(c -> Jdbc.query(c, "SELECT slug, source FROM letter_template ORDER BY slug",
                r -> sources.put(r.getString(1), r.getString(2))));
        return sources;
    }

    /** The citation library: built-in entries overlaid by the user's saved ones. */
    public CitationLibrary citations() {
        List<Citation> saved = database.withConnection(c -> Jdbc.query(c,
                "SELECT cite_key, cite_kind, full_cite, release_no, volume, reporter, first_page, tail, short_form, url"
                        + " FROM citation ORDER BY cite_key",
                r -> new Citation(r.getString(1), Citation.Kind.parse(r.getString(2)), r.getString(3), r.getString(4),
                        r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10))));
        return CitationLibrary.builtIn().overlaidWith(saved);
    }

    public void saveCitation(Citation citation) {
        if (!citation.problem().isEmpty()) {
            throw new IllegalArgumentException(citation.problem());
        }
        database.inTransaction(() -> database.withConnection(c -> {
            Jdbc.update(c, "DELETE FROM citation WHERE cite_key = ?", citation.key());
            Jdbc.update(c, "INSERT INTO citation (cite_key, cite_kind, full_cite, release_no, volume, reporter, first_page,"
                    + " tail, short_form, url, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    citation.key(), citation.kind().label(), citation.full(), citation.release(), citation.volume(),
                    citation.reporter(), citation.firstPage(), citation.tail(), citation.shortForm(), citation.url(),
                    Instant.now(clock));
            return null;
        }));
    }
}
