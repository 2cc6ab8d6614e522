package org.tracebench.rmd;

import java.util.List;

/**
 * What an RMD import did: the snapshot written, how rows matched, which providers it now shows as not filed
 * (with who accepted their traffic), and which provider records changed and why.
 */
public record RmdImportReport(RmdSnapshot snapshot, int certainMatches, int reviewItems, int unknownFilers,
                              List<NotFiledProvider> notFiled, List<String> changes) {

    public RmdImportReport {
        notFiled = List.copyOf(notFiled);
        changes = List.copyOf(changes);
    }

    /** A few lines for the status bar or the command line. */
    public String summary() {
        return "RMD snapshot of " + snapshot.asOf() + ": " + snapshot.rows() + " rows, " + certainMatches
                + " matched to known providers, " + reviewItems + " to review, " + notFiled.size()
                + " known providers not filed";
    }
}
