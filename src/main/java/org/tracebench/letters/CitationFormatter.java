package org.tracebench.letters;

import java.util.HashSet;
import java.util.Set;

/**
 * Writes citations in the order a reader meets them: the first cite of an authority in full with
 * "(hereinafter ...)", later cites in short form, and "Id." when the cite just before it was the same
 * authority and nothing else stood between (the footnote before held that one authority only).
 */
final class CitationFormatter {

    private final Set<String> cited = new HashSet<>();
    private String previousKey;
    private boolean previousFootnoteSingle = true;
    private int currentFootnote = -1;
    private Set<String> keysInCurrentFootnote = new HashSet<>();

    /** Call at the start of each footnote, in reading order. */
    void startFootnote(int number) {
        if (currentFootnote >= 0) {
            previousFootnoteSingle = keysInCurrentFootnote.size() == 1;
            if (keysInCurrentFootnote.isEmpty()) {
                previousKey = null; // a footnote without authorities stands between: no "Id." across it
            }
        }
        currentFootnote = number;
        keysInCurrentFootnote = new HashSet<>();
    }

    /** The markup for one cite; {@code capital} when it opens a sentence. */
    String cite(Citation citation, String pinpoint, boolean capital) {
        String pin = pinpoint == null ? "" : pinpoint.trim();
        // Statutes and rules (no short form) are always cited in full; "Id." is kept for orders and reports.
        boolean sameAsBefore = citation.hasShortForm() && citation.key().equals(previousKey)
                && (!keysInCurrentFootnote.isEmpty() || previousFootnoteSingle);
        String text;
        if (sameAsBefore) {
            text = (capital ? "*Id.*" : "*id.*") + join(pin, " ");
        } else if (cited.contains(citation.key()) && citation.hasShortForm()) {
            text = citation.shortForm() + join(pin, " ");
        } else {
            StringBuilder full = new StringBuilder(citation.full());
            full.append(join(pin, ", "));
            if (!citation.tail().isEmpty()) {
                full.append(' ').append(citation.tail());
            }
            if (citation.hasShortForm() && !cited.contains(citation.key())) {
                full.append(" (hereinafter “").append(citation.shortForm()).append("”)");
            }
            if (!citation.url().isEmpty() && !cited.contains(citation.key())) {
                full.append(", available at ").append(citation.url());
            }
            text = full.toString();
        }
        cited.add(citation.key());
        keysInCurrentFootnote.add(citation.key());
        previousKey = citation.key();
        return text;
    }

    /** A pinpoint after a cite: "(g)" attaches, "§ 64.6305" follows a space, others the given separator. */
    private static String join(String pin, String separator) {
        if (pin.isEmpty()) {
            return "";
        }
        if (pin.startsWith("(")) {
            return pin;
        }
        return (pin.startsWith("§") ? " " : separator) + pin;
    }
}
