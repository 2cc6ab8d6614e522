package org.tracebench.letters;

import java.util.List;

/**
 * A parsed letter template: its header (name, deadlines, whether Attachment A follows) and its body, which
 * merges into letter markup. {@code source} is the text as written, kept for the editor; {@code citationStyle}
 * how its footnotes cite (header lines "citations: agency" and "cite-as: KEY = KIND [| SHORT NAME]").
 */
public record LetterTemplate(String slug, String name, String source, List<DeadlineRule> deadlines,
                             boolean attachment, String attachmentTitle, int bodyFirstLine,
                             List<TemplateNode> body, CitationStyle citationStyle) {

    public LetterTemplate {
        deadlines = List.copyOf(deadlines);
        body = List.copyOf(body);
        citationStyle = citationStyle == null ? CitationStyle.BLUEBOOK : citationStyle;
    }
}
