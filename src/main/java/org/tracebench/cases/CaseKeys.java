package org.tracebench.cases;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import org.tracebench.store.CaseRepository;

/**
 * The one rule for a case's short key, so the window's new-case form and a case opened from a dossier
 * name cases alike: the title in lower-case ASCII words joined by hyphens.
 */
public final class CaseKeys {

    private static final int LONGEST = 60;

    private final CaseRepository cases;
    private final Clock clock;

    public CaseKeys(CaseRepository cases, Clock clock) {
        this.cases = cases;
        this.clock = clock;
    }

    /** The key a title proposes; a title without letters or digits proposes one dated today. */
    public String propose(String title) {
        String ascii = Normalizer.normalize(title == null ? "" : title, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
        String slug = ascii.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-|-$", "");
        if (slug.length() > LONGEST) {
            slug = slug.substring(0, LONGEST).replaceAll("-[^-]*$", "");
        }
        return slug.isEmpty() ? "case-" + LocalDate.now(clock) : slug;
    }

    /** The proposed key, numbered ("-2", "-3", ...) when a stored case already has it. */
    public String unique(String title) {
        String base = propose(title);
        String key = base;
        for (int i = 2; cases.findByKey(key).isPresent(); i++) {
            key = base + "-" + i;
        }
        return key;
    }
}
