package org.tracebench.letters;

import java.util.List;

/** A piece of a parsed template: literal text, a merge field, or a section (if, unless, each). */
sealed interface TemplateNode {

    int line();

    record Text(String text, int line) implements TemplateNode {
    }

    record Field(String name, int line) implements TemplateNode {
    }

    record Section(String kind, String name, List<TemplateNode> body, List<TemplateNode> otherwise, int line)
            implements TemplateNode {
    }
}
