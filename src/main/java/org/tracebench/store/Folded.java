package org.tracebench.store;

import java.util.ArrayList;
import java.util.List;

/**
 * Child rows folded into one field of a case file's record (a call's notification times, its customers): one
 * line per child, its values separated by tabs, with backslash, tab and line break escaped inside a value and
 * a null value written as a lone backslash-N. Folding keeps a call one record, so a changed customer is a
 * changed field of its call, decided like any other field.
 */
public final class Folded {

    private Folded() {
    }

    /** Null for no children, so a record without any reads the same as one from a file that left the field empty. */
    public static String join(List<List<String>> rows) {
        if (rows.isEmpty()) {
            return null;
        }
        StringBuilder out = new StringBuilder();
        for (List<String> row : rows) {
            if (!out.isEmpty()) {
                out.append('\n');
            }
            for (int i = 0; i < row.size(); i++) {
                if (i > 0) {
                    out.append('\t');
                }
                out.append(escape(row.get(i)));
            }
        }
        return out.toString();
    }

    public static List<List<String>> split(String folded) {
        List<List<String>> rows = new ArrayList<>();
        if (folded == null || folded.isEmpty()) {
            return rows;
        }
        for (String line : folded.split("\n", -1)) {
            List<String> values = new ArrayList<>();
            for (String value : line.split("\t", -1)) {
                values.add(unescape(value));
            }
            rows.add(values);
        }
        return rows;
    }

    /** A value as one tab-free, line-free cell: \N for null, backslash, tab and line breaks escaped. */
    public static String escape(String value) {
        if (value == null) {
            return "\\N";
        }
        return value.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
    }

    /** The value of a cell written by {@link #escape}. */
    public static String unescape(String value) {
        if ("\\N".equals(value)) {
            return null;
        }
        StringBuilder out = new StringBuilder(value.length());
        for (int i = 0; i < value.length(); i++) {
            char ch = value.charAt(i);
            if (ch == '\\' && i + 1 < value.length()) {
                char next = value.charAt(++i);
                out.append(switch (next) {
                    case 't' -> '\t';
                    case 'n' -> '\n';
                    case 'r' -> '\r';
                    default -> next;
                });
            } else {
                out.append(ch);
            }
        }
        return out.toString();
    }
}
