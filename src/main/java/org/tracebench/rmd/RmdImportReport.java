package org.tracebench.rmd;

import java.util.List;

/**
 * What an RMD import did: the snapshot written, how rows matched, which providers it now shows as not filed
 * (with who accepted their traffic), and which provider records changed and why.
 */
public record RmdImportReport(RmdSnapshot snapshot, int certainMatches, int reviewItems, int unknownFilers,
                              List<NotFiledProvider> notFiled, List<String> changes, String encoding) {

    public RmdImportReport {
        notFiled = List.copyOf(notFiled);
        changes = List.copyOf(changes);
    }

    public RmdImportReport(RmdSnapshot snapshot, int certainMatches, int reviewItems, int unknownFilers,
                           List<NotFiledProvider> notFiled, List<String> changes) {
        this(snapshot, certainMatches, reviewItems, unknownFilers, notFiled, changes, null);
    }

    /** The same report, saying how the file was decoded. */
    public RmdImportReport withEncoding(String how) {
        return new RmdImportReport(snapshot, certainMatches, reviewItems, unknownFilers, notFiled, changes, how);
    }

    /** A few lines for the status bar or the command line. */
    public String summary() {
        return "RMD snapshot of " + snapshot.asOf() + ": " + snapshot.rows() + " rows, " + certainMatches
                + " matched to known providers, " + reviewItems + " to review, " + notFiled.size()
                + " known providers not filed"
                // Said only when it was not plain UTF-8: the user should know the names were read as Windows-1252.
                + (encoding == null || encoding.startsWith("UTF-8") ? "" : "; read as " + encoding);
    }
}
