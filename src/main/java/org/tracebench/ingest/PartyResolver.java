package org.tracebench.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.tracebench.model.NameKey;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.store.ProviderRepository;

/**
 * Finds the party a written name stands for, by name key, creating it when it is new, and keeps every
 * spelling seen as an alias. Remembers what it resolved so large imports do not query for each row
 * (memory grows with the number of distinct parties, not with the rows).
 */
public final class PartyResolver {

    /** Told when a new spelling is merged into a known party, so the merge can be recorded and undone. */
    @FunctionalInterface
    public interface MergeListener {
        void merged(Provider into, String spelling);
    }

    private final ProviderRepository providers;
    private final boolean sample;
    private final MergeListener listener;
    private final Map<String, Provider> byKey = new HashMap<>();
    /** The key of each spelling met, so a name written a million times is keyed once (NameKey is not cheap). */
    private final Map<String, String> keyBySpelling = new HashMap<>();

    public PartyResolver(ProviderRepository providers, boolean sample) {
        this(providers, sample, (into, spelling) -> { });
    }

    public PartyResolver(ProviderRepository providers, boolean sample, MergeListener listener) {
        this.providers = providers;
        this.sample = sample;
        this.listener = listener;
    }

    public Provider resolve(String writtenName, PartyKind kindIfNew) {
        String name = writtenName.strip();
        String key = keyBySpelling.computeIfAbsent(name, NameKey::of);
        Provider known = byKey.get(key);
        if (known == null) {
            known = providers.findByName(name)
                    .orElseGet(() -> providers.insert(Provider.named(name).withKind(kindIfNew), sample));
            byKey.put(key, known);
        }
        if (!known.name().equals(name) && !known.aliases().contains(name)) {
            providers.addAlias(known.id(), name);
            known = known.withAliases(append(known, name));
            byKey.put(key, known);
            listener.merged(known, name);
        }
        return known;
    }

    private static List<String> append(Provider provider, String alias) {
        List<String> aliases = new ArrayList<>(provider.aliases());
        aliases.add(alias);
        return aliases;
    }
}
