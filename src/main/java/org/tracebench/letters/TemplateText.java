package org.tracebench.letters;

/**
 * A template's text as one user saw it: the saved copy, else the built-in text, else null (no such template).
 * A record so that a refused template save reads like any other edit conflict.
 */
public record TemplateText(String slug, String text) {
}
