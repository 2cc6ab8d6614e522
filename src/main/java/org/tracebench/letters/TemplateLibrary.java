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
import org.tracebench.model.EditConflict;
import org.tracebench.model.EditConflictException;
import org.tracebench.store.AuditLog;
import org.tracebench.store.Database;
import org.tracebench.store.Jdbc;

/**
 * Letter templates and the citation library: the built-in ones ship as resources; the user's edited copies
 * live in the case database (tables letter_template and citation) so they travel with the cases and are
 * backed up with them. A saved copy replaces the built-in one until it is reset.
 *
 * <p>Every write leaves an audit line in its transaction (entity {@code letter_template} or {@code citation}, no
 * id: neither belongs to a case; the slug or key in the detail), so the window's poll tells other users' Letters
 * screens to read the library again (decision 0720).
 */
public final class TemplateLibrary {

    public static final List<String> BUILT_IN = List.of("task-force-notice", "fcc-cease-and-desist", "warning-letter");
    private static final String ROOT = "/org/tracebench/letters/templates/";

    private static final String CITATION_COLUMNS =
            "SELECT cite_key, cite_kind, full_cite, release_no, volume, reporter, first_page, tail, short_form, url";

    private final Database database;
    private final Clock clock;
    private final AuditLog audit;
    private final TemplateParser parser = new TemplateParser();

    public TemplateLibrary(Database database, Clock clock, AuditLog audit) {
        this.database = database;
        this.clock = clock;
        this.audit = audit;
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

    /**
     * Saves the user's copy after checking that it parses (a TemplateException names the line), over whatever is
     * stored: for callers that hold no earlier reading of the template (tests, a fresh database).
     */
    public void save(String slug, String source) {
        parser.checkCitations(parser.parse(slug, source), citations());
        database.inTransaction(() -> write(slug, source));
    }

    /**
     * Saves the user's copy made from {@code baseText}, the template's text as the user read it (null: the name
     * was not in use). When someone else saved or reset the template since, nothing is written and an
     * {@link EditConflictException} carries both texts.
     */
    public void save(String slug, String baseText, String source) {
        parser.checkCitations(parser.parse(slug, source), citations());
        database.inTransaction(() -> {
            String stored = lockedText(slug);
            if (!java.util.Objects.equals(stored, baseText)) {
                throw conflict(slug, baseText, source, stored);
            }
            if (!source.equals(stored)) {
                write(slug, source);
            }
        });
    }

    /** Drops the user's copy so the built-in template applies again. */
    public void reset(String slug) {
        database.inTransaction(() -> {
            int dropped = database.withConnection(c -> Jdbc.update(c, "DELETE FROM letter_template WHERE slug = ?", slug));
            if (dropped > 0) {
                audit.record("letter_template", null, "template-reset", slug);
            }
        });
    }

    /**
     * Drops the user's copy the user read as {@code baseText}; refused like a save when someone else saved the
     * template since (their text is not thrown away unseen).
     */
    public void reset(String slug, String baseText) {
        database.inTransaction(() -> {
            String stored = lockedText(slug);
            if (!java.util.Objects.equals(stored, baseText)) {
                throw conflict(slug, baseText, builtInSource(slug).orElse(null), stored);
            }
            reset(slug);
        });
    }

    /** The text a user reading the template now sees: their copy, else the built-in one, else null. */
    public String currentText(String slug) {
        return savedSource(slug).or(() -> builtInSource(slug)).orElse(null);
    }

    private static EditConflictException conflict(String slug, String base, String mine, String stored) {
        return new EditConflictException(new EditConflict<>("the template " + slug, new TemplateText(slug, base),
                new TemplateText(slug, mine), new TemplateText(slug, stored)));
    }

    /**
     * The current text with the saved copy's row locked until the transaction ends. A template nobody saved
     * has no row to lock; two first saves of one name then meet at the table's key instead.
     */
    private String lockedText(String slug) {
        Optional<String> saved = database.withConnection(c -> Jdbc.queryOne(c,
                "SELECT source FROM letter_template WHERE slug = ? FOR UPDATE", r -> r.getString(1), slug));
        return saved.or(() -> builtInSource(slug)).orElse(null);
    }

    private Void write(String slug, String source) {
        return database.withConnection(c -> {
            Jdbc.update(c, "DELETE FROM letter_template WHERE slug = ?", slug);
            Jdbc.update(c, "INSERT INTO letter_template (slug, source, updated_at) VALUES (?, ?, ?)", slug, source,
                    Instant.now(clock));
            audit.record("letter_template", null, "template-saved", slug);
            return null;
        });
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
        List<Citation> saved = database.withConnection(c -> Jdbc.query(c, CITATION_COLUMNS + " FROM citation ORDER BY cite_key",
                TemplateLibrary::citation));
        return CitationLibrary.builtIn().overlaidWith(saved);
    }

    /** Saves a citation over whatever is stored under its key: for callers that hold no earlier reading. */
    public void saveCitation(Citation citation) {
        checked(citation);
        database.inTransaction(() -> writeCitation(citation));
    }

    /**
     * Saves a citation made from {@code base}, the entry as the user read it (null: a key the user did not
     * see in the library). When someone else saved that key since, nothing is written and an
     * {@link EditConflictException} carries both versions.
     */
    public void saveCitation(Citation base, Citation citation) {
        checked(citation);
        database.inTransaction(() -> {
            Optional<Citation> saved = database.withConnection(c -> Jdbc.queryOne(c, CITATION_COLUMNS
                    + " FROM citation WHERE cite_key = ? FOR UPDATE", TemplateLibrary::citation, citation.key()));
            // A key nobody has stands as an empty entry, so a first save and a later one compare alike.
            Citation none = new Citation(citation.key(), null, "", "", "", "", "", "", "", "");
            Citation stored = saved.or(() -> CitationLibrary.builtIn().find(citation.key())).orElse(none);
            Citation read = base == null ? none : base;
            if (!stored.equals(read)) {
                throw new EditConflictException(new EditConflict<>("the citation " + citation.key(), read, citation, stored));
            }
            if (!citation.equals(stored)) {
                writeCitation(citation);
            }
        });
    }

    private static void checked(Citation citation) {
        if (!citation.problem().isEmpty()) {
            throw new IllegalArgumentException(citation.problem());
        }
    }

    private Void writeCitation(Citation citation) {
        return database.withConnection(c -> {
            Jdbc.update(c, "DELETE FROM citation WHERE cite_key = ?", citation.key());
            Jdbc.update(c, "INSERT INTO citation (cite_key, cite_kind, full_cite, release_no, volume, reporter, first_page,"
                    + " tail, short_form, url, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    citation.key(), citation.kind().label(), citation.full(), citation.release(), citation.volume(),
                    citation.reporter(), citation.firstPage(), citation.tail(), citation.shortForm(), citation.url(),
                    Instant.now(clock));
            audit.record("citation", null, "citation-saved", citation.key());
            return null;
        });
    }

    private static Citation citation(java.sql.ResultSet r) throws java.sql.SQLException {
        return new Citation(r.getString(1), Citation.Kind.parse(r.getString(2)), r.getString(3), r.getString(4),
                r.getString(5), r.getString(6), r.getString(7), r.getString(8), r.getString(9), r.getString(10));
    }
}
