package org.tracebench.model;

import java.util.List;
import java.util.Objects;

/**
 * A voice service provider, or a caller named as the customer of an originating provider.
 * {@code aliases} holds every other spelling seen for the same party.
 */
public record Provider(
        long id,
        String name,
        PartyKind kind,
        List<String> aliases,
        String frn,
        String rmdNumber,
        RmdStatus rmdStatus,
        boolean foreign,
        String country,
        StirShaken stirShaken,
        Contact contact,
        boolean illustrative) {

    public Provider {
        Objects.requireNonNull(name, "name");
        kind = kind == null ? PartyKind.PROVIDER : kind;
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        rmdStatus = rmdStatus == null ? RmdStatus.UNKNOWN : rmdStatus;
        stirShaken = stirShaken == null ? StirShaken.UNKNOWN : stirShaken;
        contact = contact == null ? Contact.NONE : contact;
    }

    public static Provider named(String name) {
        return new Provider(0, name, PartyKind.PROVIDER, List.of(), null, null, RmdStatus.UNKNOWN,
                false, null, StirShaken.UNKNOWN, Contact.NONE, false);
    }

    public static Provider customer(String name) {
        return named(name).withKind(PartyKind.CUSTOMER);
    }

    public Provider withId(long newId) {
        return new Provider(newId, name, kind, aliases, frn, rmdNumber, rmdStatus, foreign, country, stirShaken, contact, illustrative);
    }

    public Provider withKind(PartyKind newKind) {
        return new Provider(id, name, newKind, aliases, frn, rmdNumber, rmdStatus, foreign, country, stirShaken, contact, illustrative);
    }

    public Provider withAliases(List<String> newAliases) {
        return new Provider(id, name, kind, newAliases, frn, rmdNumber, rmdStatus, foreign, country, stirShaken, contact, illustrative);
    }

    public Provider withRmd(String newRmdNumber, RmdStatus newStatus) {
        return new Provider(id, name, kind, aliases, frn, newRmdNumber, newStatus, foreign, country, stirShaken, contact, illustrative);
    }
}
