package org.tracebench.model;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The matching key of a party's name: case, punctuation, accents and legal-form suffixes removed, so
 * "Spinning Mantra Communications Pvt. Ltd" and "... Pvt. Ltd." share one key.
 */
public final class NameKey {

    private static final Pattern NON_ALNUM = Pattern.compile("[^a-z0-9]+");
    private static final Pattern LEGAL_SUFFIX = Pattern.compile(
            "( (pvt|private|ltd|limited|llc|l l c|inc|incorporated|corp|corporation|co|company|plc|gmbh|sa|srl|bv|pte|pty|lp|llp))+$");

    private NameKey() {
    }

    public static String of(String name) {
        if (name == null) {
            return "";
        }
        String folded = Normalizer.normalize(name, Normalizer.Form.NFKD)
                .replaceAll("\\p{M}", "")
                .toLowerCase(Locale.ROOT)
                .replace("&", " and ");
        String spaced = NON_ALNUM.matcher(folded).replaceAll(" ").trim();
        String stripped = LEGAL_SUFFIX.matcher(" " + spaced).replaceAll("").trim();
        return stripped.isEmpty() ? spaced : stripped;
    }
}
