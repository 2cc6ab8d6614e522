package org.tracebench.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.commons.text.similarity.LevenshteinDistance;

/**
 * Finds the known campaign a written campaign most likely means: the same words in another case or
 * punctuation ("SSA imposter"), the same words with a generic word added or left out ("Arrest Warrant" /
 * "Arrest Warrant Scam"), or a small typo ("Utility Disconnect Sam"). It proposes; it never renames.
 */
public final class CampaignMatcher {

    private static final List<String> GENERIC = List.of("scam", "scams", "call", "calls", "campaign", "fraud");
    private final List<String> known = new ArrayList<>();

    public CampaignMatcher(List<String> knownCampaigns) {
        known.addAll(knownCampaigns);
    }

    public void add(String campaign) {
        if (!known.contains(campaign)) {
            known.add(campaign);
        }
    }

    public boolean isKnown(String campaign) {
        return known.contains(campaign);
    }

    /** A known campaign, other than the written one, that the written one is probably a variant of. */
    public Optional<String> proposalFor(String written) {
        if (written == null || known.contains(written)) {
            return Optional.empty();
        }
        String folded = fold(written);
        String core = core(folded);
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String candidate : known) {
            String other = fold(candidate);
            int distance;
            if (other.equals(folded) || (!core.isEmpty() && core(other).equals(core))) {
                distance = 0;
            } else {
                int limit = Math.max(1, Math.min(folded.length(), other.length()) / 8);
                distance = LevenshteinDistance.getDefaultInstance().apply(folded, other);
                if (distance > limit) {
                    continue;
                }
            }
            if (distance < bestDistance) {
                best = candidate;
                bestDistance = distance;
            }
        }
        return Optional.ofNullable(best);
    }

    /** A word that says a campaign is a campaign ("scam", "call") rather than what it is about. */
    static boolean generic(String foldedWord) {
        return GENERIC.contains(foldedWord);
    }

    static String fold(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", " ").strip();
    }

    /**
     * The words that name the campaign, without generic ones such as "scam" or "call". A last word one letter
     * away from a generic word ("Utility Disconnect Sam") is taken for a misspelt one: that is where such words
     * are written, and elsewhere a short word like "all" would be a real part of a name.
     */
    static String core(String folded) {
        List<String> words = new ArrayList<>(List.of(folded.split(" ")));
        words.removeIf(GENERIC::contains);
        if (words.size() > 1) {
            String last = words.get(words.size() - 1);
            if (GENERIC.stream().anyMatch(g -> g.length() >= 4 && LevenshteinDistance.getDefaultInstance().apply(last, g) == 1)) {
                words.remove(words.size() - 1);
            }
        }
        return String.join(" ", words);
    }
}
