package org.tracebench.letters;

import java.util.Map;

/**
 * How one letter template writes its citations. {@code agency} follows the FCC's house style ("47 CFR", a
 * short name introduced in plain parentheses); otherwise the Bluebook as the state offices use it ("47 C.F.R.",
 * "(hereinafter “…”)"). {@code citeAs} lets a template cite an authority to other pages (the release rather
 * than the reporter) or under another short name than the library's.
 */
public record CitationStyle(boolean agency, Map<String, CiteAs> citeAs) {

    public static final CitationStyle BLUEBOOK = new CitationStyle(false, Map.of());

    /** A template's choice for one authority; a blank short name keeps the library's. */
    public record CiteAs(Citation.Kind kind, String shortName) {
        public CiteAs {
            shortName = shortName == null ? "" : shortName.trim();
        }
    }

    public CitationStyle {
        citeAs = Map.copyOf(citeAs);
    }

    /** The entry as this template cites it. */
    Citation apply(Citation citation) {
        CiteAs choice = citeAs.get(citation.key());
        if (choice == null) {
            return citation;
        }
        Citation result = citation.as(choice.kind());
        return choice.shortName().isEmpty() ? result : result.withShortForm(choice.shortName());
    }
}
