package org.tracebench.letters;

/** A merge value that is already letter markup (bold, italic, footnotes) and goes in unescaped. */
public record Markup(String text) {

    @Override
    public String toString() {
        return text;
    }
}
