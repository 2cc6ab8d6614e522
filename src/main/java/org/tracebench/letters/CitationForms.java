package org.tracebench.letters;

import java.util.List;

/** The full, short and "Id." forms of one library entry with a sample pinpoint, in plain text (the editor shows them). */
public record CitationForms(String full, String shortForm, String id) {

    public static CitationForms of(Citation citation, String pinpoint) {
        List<String> forms = CitationFormatter.forms(citation, pinpoint == null ? "" : pinpoint);
        return new CitationForms(forms.get(0), forms.get(1), forms.get(2));
    }
}
