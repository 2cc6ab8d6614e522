package org.tracebench.calltable;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * How a written column header is compared with the wordings a column is known by. People write the same
 * header many ways ("Date of Call (UTC)", "DATE_OF_CALL", "Dates of Call:", "Violation(s)"); both the
 * header and the known wordings go through the same fold, so a wording listed once matches every such
 * spelling. Shared by the Attachment A and traceback formats so both accept the same spellings.
 */
public final class HeaderFold {

    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*\\)|\\[[^\\[\\]]*\\]");
    private static final Pattern OPTIONAL_PLURAL = Pattern.compile("\\(\\s*(s|es)\\s*\\)");
    /** "I.D." is one word, "Date.of.Call" three: a dot after a lone letter marks an abbreviation. */
    private static final Pattern ABBREVIATION_DOT = Pattern.compile("\\b([a-z])\\.");
    private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9]+");
    /** A time-zone word says how the cells are written, not which column it is; the cells carry their own zone. */
    private static final Pattern ZONE = Pattern.compile("\\b(utc|gmt|in utc|z)\\b|\\b(est|edt|cst|cdt|mst|mdt|pst|pdt|et|ct|mt|pt)$");

    private HeaderFold() {
    }

    /**
     * The header folded: lower case, letters and digits only, single spaces, "(s)" and a plural "s" at the
     * end of each word dropped, a time-zone mention dropped. Bracket characters become spaces, their content kept.
     */
    public static String fold(String header) {
        if (header == null) {
            return "";
        }
        String lower = header.replace("\uFEFF", "").toLowerCase(Locale.ROOT);
        String singular = OPTIONAL_PLURAL.matcher(lower).replaceAll(" ");
        String joined = ABBREVIATION_DOT.matcher(singular).replaceAll("$1");
        String spaced = NOT_WORD.matcher(joined).replaceAll(" ").strip();
        String zoneless = ZONE.matcher(spaced).replaceAll(" ").replaceAll("\\s+", " ").strip();
        List<String> words = new ArrayList<>();
        for (String word : zoneless.split(" ")) {
            words.add(singular(word));
        }
        return String.join(" ", words).strip();
    }

    /**
     * The folds to try, best first: the header with its bracketed parts kept ("Customer (Name)" is a wording
     * of its own), then without them ("Caller ID (ANI)", "Date of Call [EST]").
     */
    public static List<String> candidates(String header) {
        String kept = fold(header);
        if (header == null) {
            return List.of(kept);
        }
        String without = fold(BRACKETED.matcher(OPTIONAL_PLURAL.matcher(header.toLowerCase(Locale.ROOT)).replaceAll(""))
                .replaceAll(" "));
        return without.equals(kept) || without.isEmpty() ? List.of(kept) : List.of(kept, without);
    }

    // "ss" endings ("address") and two-letter words ("is", "us") are not plurals; anything else loses its "s" on
    // both sides of the comparison, so the odd false singular ("dnis" -> "dni") still matches itself.
    private static String singular(String word) {
        if (word.length() > 2 && word.endsWith("s") && !word.endsWith("ss")) {
            return word.substring(0, word.length() - 1);
        }
        return word;
    }
}
