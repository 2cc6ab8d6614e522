package org.tracebench.ingest;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.tracebench.model.Campaign;
import org.tracebench.store.CampaignRepository;
import org.tracebench.store.Database;

/**
 * Proposes campaign merges: a campaign of the data that looks like a variant or a likely typo of another campaign
 * of the data or of a common campaign name shipped with the app ({@code common-campaigns.txt}). It proposes; the
 * user accepts a proposal by merging ({@link CampaignMerges}).
 */
public final class CampaignProposals {

    /** Why a proposal was made, worded for the user. */
    public enum Why {
        SAME_NAME("same name in other case or punctuation"),
        SAME_WORDS("same words with \"scam\", \"call\" or the like added or left out"),
        LIKELY_TYPO("likely typo");

        private final String text;

        Why(String text) {
            this.text = text;
        }

        public String text() {
            return text;
        }
    }

    /**
     * Merge campaign {@code from} (with {@code calls} calls in the scope asked about) into {@code into}: a campaign of
     * the data, or, when {@code intoIsNew}, a common campaign name the merge would create.
     */
    public record Proposal(long fromId, String from, long calls, String into, boolean intoIsNew, Why why) {
        public String describe() {
            return "\"" + from + "\" -> \"" + into + "\"" + (intoIsNew ? " (common campaign name)" : "") + ": " + why.text()
                    + ", " + calls + (calls == 1 ? " call" : " calls");
        }
    }

    private static final String COMMON = "common-campaigns.txt";
    private static final List<String> COMMON_NAMES = readCommon();

    private final Database database;
    private final CampaignRepository campaigns;

    public CampaignProposals(Database database, CampaignRepository campaigns) {
        this.database = database;
        this.campaigns = campaigns;
    }

    /** The common campaign names that ship with the app. */
    public static List<String> commonNames() {
        return COMMON_NAMES;
    }

    /**
     * Proposals for the canonical campaigns with calls in case {@code caseId} (all cases with null). Of two campaigns
     * of the data that look alike, the one to keep is a common campaign name, else the one with more calls, else the
     * shorter name; a common name not in the data is always the one to keep.
     */
    public List<Proposal> proposals(Long caseId) {
        return database.inTransaction(() -> {
            List<Campaign> all = campaigns.findAll();
            Map<Long, Long> everywhere = canonicalCounts(all, campaigns.callCounts(null));
            Map<Long, Long> inScope = caseId == null ? everywhere : canonicalCounts(all, campaigns.callCounts(caseId));
            List<Campaign> canonical = all.stream().filter(c -> !c.merged()).toList();
            Set<String> dataFolded = new HashSet<>();
            canonical.forEach(c -> dataFolded.add(CampaignMatcher.fold(c.name())));
            Set<String> commonFolded = new HashSet<>();
            COMMON_NAMES.forEach(n -> commonFolded.add(CampaignMatcher.fold(n)));
            List<String> commonOnly = COMMON_NAMES.stream().filter(n -> !dataFolded.contains(CampaignMatcher.fold(n))).toList();
            Map<String, Campaign> byName = new HashMap<>();
            canonical.forEach(c -> byName.put(c.name(), c));

            List<Proposal> result = new ArrayList<>();
            for (Campaign written : canonical) {
                long calls = inScope.getOrDefault(written.id(), 0L);
                if (calls == 0) {
                    continue;
                }
                List<String> candidates = new ArrayList<>();
                canonical.stream().filter(c -> c.id() != written.id() && everywhere.getOrDefault(c.id(), 0L) > 0)
                        .forEach(c -> candidates.add(c.name()));
                candidates.addAll(commonOnly);
                Optional<String> match = new CampaignMatcher(candidates).proposalFor(written.name());
                if (match.isEmpty()) {
                    continue;
                }
                Campaign other = byName.get(match.get());
                if (other != null && keeps(written, other, everywhere, commonFolded)) {
                    continue; // the other one is proposed into this one
                }
                result.add(new Proposal(written.id(), written.name(), calls, match.get(), other == null,
                        why(written.name(), match.get())));
            }
            result.sort(Comparator.comparing(Proposal::into).thenComparing(Proposal::from));
            return result;
        });
    }

    /** Whether {@code a} rather than {@code b} is the one to keep when two campaigns of the data look alike. */
    private static boolean keeps(Campaign a, Campaign b, Map<Long, Long> counts, Set<String> commonFolded) {
        boolean aCommon = commonFolded.contains(CampaignMatcher.fold(a.name()));
        boolean bCommon = commonFolded.contains(CampaignMatcher.fold(b.name()));
        if (aCommon != bCommon) {
            return aCommon;
        }
        long aCalls = counts.getOrDefault(a.id(), 0L);
        long bCalls = counts.getOrDefault(b.id(), 0L);
        if (aCalls != bCalls) {
            return aCalls > bCalls;
        }
        if (a.name().length() != b.name().length()) {
            return a.name().length() < b.name().length();
        }
        return a.name().compareTo(b.name()) < 0;
    }

    static Why why(String written, String existing) {
        String a = CampaignMatcher.fold(written);
        String b = CampaignMatcher.fold(existing);
        if (a.equals(b)) {
            return Why.SAME_NAME;
        }
        if (!a.equals(CampaignMatcher.core(a)) || !b.equals(CampaignMatcher.core(b))) {
            // A misspelt generic word ("Sam" for "Scam") is still a typo to point out.
            boolean generic = CampaignMatcher.core(a).equals(CampaignMatcher.core(b))
                    && plainWordsOnly(a, b);
            if (generic) {
                return Why.SAME_WORDS;
            }
        }
        return Why.LIKELY_TYPO;
    }

    /** Both names differ only by whole generic words, none misspelt. */
    private static boolean plainWordsOnly(String a, String b) {
        Set<String> extra = new HashSet<>(List.of(a.split(" ")));
        extra.removeAll(List.of(b.split(" ")));
        Set<String> other = new HashSet<>(List.of(b.split(" ")));
        other.removeAll(List.of(a.split(" ")));
        extra.addAll(other);
        return extra.stream().allMatch(CampaignMatcher::generic);
    }

    /** Calls per canonical campaign: each campaign's own and those filed under its aliases. */
    private static Map<Long, Long> canonicalCounts(List<Campaign> all, Map<Long, Long> counts) {
        Map<Long, Long> result = new HashMap<>();
        for (Campaign c : all) {
            long key = c.merged() ? c.mergedInto() : c.id();
            result.merge(key, counts.getOrDefault(c.id(), 0L), Long::sum);
        }
        return result;
    }

    private static List<String> readCommon() {
        try (InputStream in = CampaignProposals.class.getResourceAsStream(COMMON)) {
            if (in == null) {
                throw new IllegalStateException("common campaign names missing from the build: " + COMMON);
            }
            List<String> names = new ArrayList<>();
            try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
                String line;
                while ((line = reader.readLine()) != null) {
                    String name = line.strip();
                    if (!name.isEmpty() && !name.startsWith("#")) {
                        names.add(name);
                    }
                }
            }
            return List.copyOf(names);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
