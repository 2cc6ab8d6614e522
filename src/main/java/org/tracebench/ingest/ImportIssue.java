package org.tracebench.ingest;

/**
 * One finding of an import: where (file, row, column), what was written, what it became (if anything) and
 * why. Row 0 stands for the file as a whole.
 */
public record ImportIssue(String file, long row, String column, String from, String to, String reason) {

    /** One issue, one line: a cell's own line breaks (a quoted cell may hold them) are shown as " / ". */
    public ImportIssue {
        from = oneLine(from);
        to = oneLine(to);
        reason = oneLine(reason);
    }

    private static String oneLine(String text) {
        return text == null ? null : text.replaceAll("\\R", " / ");
    }

    /** "file, row 12, column Date of Call: "Sep 31" -> ... (reason)". */
    public String describe() {
        StringBuilder text = new StringBuilder(file);
        if (row > 0) {
            text.append(", row ").append(row);
        }
        if (column != null && !column.isEmpty()) {
            text.append(", column ").append(column);
        }
        text.append(": ");
        if (from != null && to != null) {
            text.append('"').append(from).append("\" -> \"").append(to).append("\" (").append(reason).append(')');
        } else if (from != null) {
            text.append('"').append(from).append("\": ").append(reason);
        } else {
            text.append(reason);
        }
        return text.toString();
    }
}
