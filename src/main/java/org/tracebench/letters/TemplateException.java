package org.tracebench.letters;

/** A mistake in a letter template, named by template and line so the author can find it. */
public final class TemplateException extends RuntimeException {

    private final String template;
    private final int line;
    private final String reason;

    public TemplateException(String template, int line, String reason) {
        super("template " + template + ", line " + line + ": " + reason);
        this.template = template;
        this.line = line;
        this.reason = reason;
    }

    public String template() {
        return template;
    }

    public int line() {
        return line;
    }

    public String reason() {
        return reason;
    }
}
