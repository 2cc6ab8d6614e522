package org.tracebench.rmd;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.tracebench.model.NameKey;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;

/**
 * Matches RMD rows to known providers, strongest evidence first: RMD number, FRN, business name, other DBA
 * names, previous DBA names (all names compared by {@link NameKey}). A match is certain only when exactly one
 * provider fits and none of its identifiers contradicts the row (a provider with another FRN or RMD number is
 * not silently taken for this filer). Anything else, near names included, goes to review: a wrong guess here
 * would tell an attorney that a provider is registered when it is not.
 */
public final class RmdMatcher {

    private static final double NEAR_NAME = 0.75;

    private final List<Provider> providers;
    private final Map<String, List<Provider>> byRmd = new HashMap<>();
    private final Map<String, List<Provider>> byFrn = new HashMap<>();
    private final Map<String, List<Provider>> byNameKey = new HashMap<>();

    public RmdMatcher(Collection<Provider> known) {
        this.providers = known.stream().filter(p -> p.kind() == PartyKind.PROVIDER).toList();
        for (Provider p : providers) {
            if (p.rmdNumber() != null && !p.rmdNumber().isBlank()) {
                byRmd.computeIfAbsent(p.rmdNumber().strip().toUpperCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
            }
            String frn = RmdCsvReader.normalizeFrn(p.frn());
            if (frn != null) {
                byFrn.computeIfAbsent(frn, k -> new ArrayList<>()).add(p);
            }
            for (String name : namesOf(p)) {
                List<Provider> list = byNameKey.computeIfAbsent(NameKey.of(name), k -> new ArrayList<>());
                if (!list.contains(p)) {
                    list.add(p);
                }
            }
        }
    }

    /** Matches every row; a provider claimed with certainty by two rows is sent to review for both. */
    public List<RmdMatch> matchAll(List<RmdRecord> records) {
        List<RmdMatch> matches = new ArrayList<>(records.size());
        for (RmdRecord record : records) {
            matches.add(match(record));
        }
        Map<Long, List<Integer>> claims = new HashMap<>();
        for (int i = 0; i < matches.size(); i++) {
            RmdMatch m = matches.get(i);
            if (m.certainty() == RmdMatch.Certainty.CERTAIN) {
                claims.computeIfAbsent(m.provider().id(), k -> new ArrayList<>()).add(i);
            }
        }
        for (List<Integer> rows : claims.values()) {
            if (rows.size() > 1) {
                for (int i : rows) {
                    RmdMatch m = matches.get(i);
                    List<Integer> others = rows.stream().filter(j -> j != i).map(j -> matches.get(j).record().rowNumber()).toList();
                    matches.set(i, RmdMatch.uncertain(m.record(), List.of(m.provider()),
                            m.provider().name() + " also matches row(s) " + others + " of this file"));
                }
            }
        }
        return matches;
    }

    public RmdMatch match(RmdRecord record) {
        if (record.rmdNumber() != null) {
            List<Provider> hits = byRmd.getOrDefault(record.rmdNumber(), List.of());
            if (hits.size() == 1) {
                Provider p = hits.get(0);
                String frn = RmdCsvReader.normalizeFrn(p.frn());
                if (frn != null && record.frn() != null && !frn.equals(record.frn())) {
                    return RmdMatch.uncertain(record, hits, "same RMD number " + record.rmdNumber() + " but FRN "
                            + record.frn() + " in the file, " + frn + " on record");
                }
                return RmdMatch.certain(record, p, "RMD number");
            }
            if (hits.size() > 1) {
                return RmdMatch.uncertain(record, hits, hits.size() + " providers carry RMD number " + record.rmdNumber());
            }
        }
        if (record.frn() != null) {
            List<Provider> hits = byFrn.getOrDefault(record.frn(), List.of());
            if (hits.size() == 1) {
                Provider p = hits.get(0);
                if (contradictsRmd(p, record)) {
                    return RmdMatch.uncertain(record, hits, "same FRN " + record.frn() + " but RMD number "
                            + record.rmdNumber() + " in the file, " + p.rmdNumber() + " on record");
                }
                return RmdMatch.certain(record, p, "FRN");
            }
            if (hits.size() > 1) {
                return RmdMatch.uncertain(record, hits, hits.size() + " providers carry FRN " + record.frn());
            }
        }
        RmdMatch byName = matchByNames(record, List.of(record.businessName()), "business name");
        if (byName != null) {
            return byName;
        }
        byName = matchByNames(record, record.otherDbaNames(), "DBA name");
        if (byName != null) {
            return byName;
        }
        byName = matchByNames(record, record.previousDbaNames(), "previous name");
        if (byName != null) {
            return byName;
        }
        return nearNames(record);
    }

    private RmdMatch matchByNames(RmdRecord record, List<String> names, String rule) {
        Set<Provider> hits = new LinkedHashSet<>();
        for (String name : names) {
            hits.addAll(byNameKey.getOrDefault(NameKey.of(name), List.of()));
        }
        if (hits.isEmpty()) {
            return null;
        }
        List<Provider> list = List.copyOf(hits);
        if (list.size() > 1) {
            return RmdMatch.uncertain(record, list, list.size() + " providers share the " + rule + " \"" + names.get(0) + "\"");
        }
        Provider p = list.get(0);
        String frn = RmdCsvReader.normalizeFrn(p.frn());
        if (frn != null && record.frn() != null && !frn.equals(record.frn())) {
            return RmdMatch.uncertain(record, list, "same " + rule + " but FRN " + record.frn() + " in the file, "
                    + frn + " on record");
        }
        if (contradictsRmd(p, record)) {
            return RmdMatch.uncertain(record, list, "same " + rule + " but RMD number " + record.rmdNumber()
                    + " in the file, " + p.rmdNumber() + " on record");
        }
        return RmdMatch.certain(record, p, rule);
    }

    /** Names that share most of their words ("Belle Telecom" and "Belle Telecom Services") are only proposed. */
    private RmdMatch nearNames(RmdRecord record) {
        List<Provider> near = new ArrayList<>();
        for (String name : record.allNames()) {
            Set<String> words = words(name);
            if (words.isEmpty()) {
                continue;
            }
            for (Provider p : providers) {
                if (near.contains(p) || contradictsRmd(p, record)) {
                    continue;
                }
                for (String known : namesOf(p)) {
                    if (similarity(words, words(known)) >= NEAR_NAME) {
                        near.add(p);
                        break;
                    }
                }
            }
        }
        if (near.isEmpty()) {
            return RmdMatch.none(record);
        }
        return RmdMatch.uncertain(record, near, "similar name, no matching RMD number or FRN");
    }

    private static boolean contradictsRmd(Provider p, RmdRecord record) {
        return p.rmdNumber() != null && !p.rmdNumber().isBlank() && record.rmdNumber() != null
                && !p.rmdNumber().strip().equalsIgnoreCase(record.rmdNumber());
    }

    private static List<String> namesOf(Provider p) {
        List<String> names = new ArrayList<>();
        names.add(p.name());
        names.addAll(p.aliases());
        return names;
    }

    static Set<String> words(String name) {
        String key = NameKey.of(name);
        Set<String> words = new HashSet<>();
        for (String w : key.split(" ")) {
            if (w.length() > 1) {
                words.add(w);
            }
        }
        return words;
    }

    /** Overlap of two word sets relative to the smaller one, discounted when the sizes differ a lot. */
    static double similarity(Set<String> a, Set<String> b) {
        if (a.isEmpty() || b.isEmpty()) {
            return 0;
        }
        Set<String> common = new HashSet<>(a);
        common.retainAll(b);
        Set<String> union = new HashSet<>(a);
        union.addAll(b);
        return (double) common.size() / union.size() >= 0.5 && common.size() >= Math.min(2, Math.min(a.size(), b.size()))
                ? (double) common.size() / Math.min(a.size(), b.size()) * ((double) common.size() / union.size() + 1) / 2
                : 0;
    }
}
