package org.tracebench.letters;

/**
 * One authority of the citation library. {@code full} is the cite up to where a pinpoint goes, {@code tail}
 * what follows the pinpoint (usually the date parenthetical), {@code shortForm} the name used after the first
 * cite (blank for statutes and rules, which are always cited in full). Texts may use *italic* markup.
 */
public record Citation(String key, String full, String tail, String shortForm, String url) {

    public Citation {
        tail = tail == null ? "" : tail.trim();
        shortForm = shortForm == null ? "" : shortForm.trim();
        url = url == null ? "" : url.trim();
    }

    public boolean hasShortForm() {
        return !shortForm.isBlank() && !shortForm.equals(full);
    }
}
