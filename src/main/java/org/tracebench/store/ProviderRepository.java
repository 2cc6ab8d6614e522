package org.tracebench.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.tracebench.model.Contact;
import org.tracebench.model.NameKey;
import org.tracebench.model.PartyKind;
import org.tracebench.model.Provider;
import org.tracebench.model.RmdStatus;
import org.tracebench.model.StirShaken;

/** Providers and callers with their aliases. Every spelling of a name, the main one included, is an alias row. */
public final class ProviderRepository {

    private final Database database;

    public ProviderRepository(Database database) {
        this.database = database;
    }

    public Provider insert(Provider provider, boolean sample) {
        return database.withConnection(c -> {
            Contact contact = provider.contact();
            long id = Jdbc.insert(c, """
                    INSERT INTO provider (name, kind, frn, rmd_number, rmd_status, is_foreign, country, stir_shaken,
                        contact_person, contact_title, contact_address, contact_emails, contact_phone, illustrative, sample)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                    provider.name(), provider.kind(), provider.frn(), provider.rmdNumber(), provider.rmdStatus(),
                    provider.foreign(), provider.country(), provider.stirShaken(), contact.person(), contact.title(),
                    contact.address(), Jdbc.joinLines(contact.emails()), contact.phone(), provider.illustrative(), sample);
            addAlias(c, id, provider.name());
            for (String alias : provider.aliases()) {
                addAlias(c, id, alias);
            }
            return provider.withId(id).withAliases(aliasesOf(c, id, provider.name()));
        });
    }

    public void update(Provider provider) {
        database.withConnection(c -> {
            Contact contact = provider.contact();
            Jdbc.update(c, """
                    UPDATE provider SET name = ?, kind = ?, frn = ?, rmd_number = ?, rmd_status = ?, is_foreign = ?,
                        country = ?, stir_shaken = ?, contact_person = ?, contact_title = ?, contact_address = ?,
                        contact_emails = ?, contact_phone = ?, illustrative = ? WHERE id = ?""",
                    provider.name(), provider.kind(), provider.frn(), provider.rmdNumber(), provider.rmdStatus(),
                    provider.foreign(), provider.country(), provider.stirShaken(), contact.person(), contact.title(),
                    contact.address(), Jdbc.joinLines(contact.emails()), contact.phone(), provider.illustrative(),
                    provider.id());
            addAlias(c, provider.id(), provider.name());
            for (String alias : provider.aliases()) {
                addAlias(c, provider.id(), alias);
            }
            return null;
        });
    }

    /** Records another spelling of a party's name; a spelling already known is left alone. */
    public void addAlias(long providerId, String alias) {
        database.withConnection(c -> {
            addAlias(c, providerId, alias);
            return null;
        });
    }

    private static void addAlias(Connection c, long providerId, String alias) throws SQLException {
        if (alias == null || alias.isBlank()) {
            return;
        }
        String trimmed = alias.strip();
        long known = Jdbc.count(c, "SELECT COUNT(*) FROM provider_alias WHERE provider_id = ? AND alias = ?",
                providerId, trimmed);
        if (known == 0) {
            Jdbc.insert(c, "INSERT INTO provider_alias (provider_id, alias, normalized) VALUES (?, ?, ?)",
                    providerId, trimmed, NameKey.of(trimmed));
        }
    }

    public Optional<Provider> find(long id) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM provider WHERE id = ?", row -> map(c, row), id));
    }

    /** The party as stored now, its row locked until the transaction ends (a save checks what it was made from). */
    public Optional<Provider> findForUpdate(long id) {
        return database.withConnection(c -> Jdbc.queryOne(c, "SELECT * FROM provider WHERE id = ? FOR UPDATE",
                row -> map(c, row), id));
    }

    /** The party whose name or any alias has the same {@link NameKey} as the given name. */
    public Optional<Provider> findByName(String name) {
        String key = NameKey.of(name);
        return database.withConnection(c -> Jdbc.queryOne(c, """
                SELECT p.* FROM provider p WHERE p.id IN
                  (SELECT a.provider_id FROM provider_alias a WHERE a.normalized = ?) ORDER BY p.id""",
                row -> map(c, row), key));
    }

    public List<Provider> findAll() {
        return database.withConnection(c -> {
            Map<Long, List<String>> aliases = allAliases(c);
            return Jdbc.query(c, "SELECT * FROM provider ORDER BY LOWER(name)",
                    row -> map(row, aliases.getOrDefault(row.getLong("id"), List.of())));
        });
    }

    public List<Provider> findAll(PartyKind kind) {
        return findAll().stream().filter(p -> p.kind() == kind).toList();
    }

    public int count() {
        return database.withConnection(c -> (int) Jdbc.count(c, "SELECT COUNT(*) FROM provider"));
    }

    private static Map<Long, List<String>> allAliases(Connection c) throws SQLException {
        Map<Long, List<String>> result = new LinkedHashMap<>();
        Jdbc.query(c, "SELECT provider_id, alias FROM provider_alias ORDER BY id", row -> {
            result.computeIfAbsent(row.getLong(1), k -> new ArrayList<>()).add(row.getString(2));
            return null;
        });
        return result;
    }

    private static List<String> aliasesOf(Connection c, long id, String name) throws SQLException {
        return Jdbc.query(c, "SELECT alias FROM provider_alias WHERE provider_id = ? ORDER BY id",
                row -> row.getString(1), id).stream().filter(a -> !a.equals(name)).toList();
    }

    private static Provider map(Connection c, ResultSet row) throws SQLException {
        return map(row, aliasesOf(c, row.getLong("id"), row.getString("name")));
    }

    private static Provider map(ResultSet row, List<String> aliases) throws SQLException {
        String name = row.getString("name");
        Contact contact = new Contact(row.getString("contact_person"), row.getString("contact_title"),
                row.getString("contact_address"), Jdbc.splitLines(row.getString("contact_emails")),
                row.getString("contact_phone"));
        return new Provider(row.getLong("id"), name, Jdbc.enumOf(PartyKind.class, row, "kind"),
                aliases.stream().filter(a -> !a.equals(name)).toList(), row.getString("frn"),
                row.getString("rmd_number"), Jdbc.enumOf(RmdStatus.class, row, "rmd_status"),
                row.getBoolean("is_foreign"), row.getString("country"),
                Jdbc.enumOf(StirShaken.class, row, "stir_shaken"), contact, row.getBoolean("illustrative"));
    }
}
