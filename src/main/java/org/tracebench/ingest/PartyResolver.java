package org.tracebench.ingest;

import java.util.HashMap;
import java.util.Map;
import org.tracebench.model.NameKey;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.store.ProviderRepository;

/**
 * Finds the party a written name stands for, by name key, creating it when it is new, and keeps every
 * spelling seen as an alias. Remembers what it resolved so large imports do not query for each row.
 */
public final class PartyResolver {

    private final ProviderRepository providers;
    private final boolean sample;
    private final Map<String, Provider> byKey = new HashMap<>();

    public PartyResolver(ProviderRepository providers, boolean sample) {
        this.providers = providers;
        this.sample = sample;
    }

    public Provider resolve(String writtenName, PartyKind kindIfNew) {
        String name = writtenName.strip();
        String key = NameKey.of(name);
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
        }
        return known;
    }

    private static java.util.List<String> append(Provider provider, String alias) {
        java.util.List<String> aliases = new java.util.ArrayList<>(provider.aliases());
        aliases.add(alias);
        return aliases;
    }
}
