package org.tracebench.letters;

import java.util.List;

/**
 * An export refused because kept findings rest on records the data marks as illustrative. Nothing was written
 * and nothing recorded; {@code findings} names them (title and reason).
 */
public final class IllustrativeFindingsException extends RuntimeException {

    private final List<Finding> findings;

    public IllustrativeFindingsException(List<Finding> findings) {
        super("letter refused: " + findings.size() + " " + (findings.size() == 1 ? "finding rests" : "findings rest")
                + " on records marked illustrative or cells that could not be read: " + titles(findings)
                + "; use --allow-illustrative to write it anyway");
        this.findings = List.copyOf(findings);
    }

    public List<Finding> findings() {
        return findings;
    }

    /** The findings' titles with their reasons, for one line. */
    public static String titles(List<Finding> findings) {
        return String.join("; ", findings.stream().map(f -> "\"" + f.title() + "\" ("
                + f.illustrativeReason().orElse("") + ")").toList());
    }
}
