package org.tracebench.letters;

import java.util.List;

/**
 * A parsed letter template: its header (name, deadlines, whether Attachment A follows) and its body, which
 * merges into letter markup. {@code source} is the text as written, kept for the editor.
 */
public record LetterTemplate(String slug, String name, String source, List<DeadlineRule> deadlines,
                             boolean attachment, String attachmentTitle, int bodyFirstLine,
                             List<TemplateNode> body) {

    public LetterTemplate {
        deadlines = List.copyOf(deadlines);
        body = List.copyOf(body);
    }
}
