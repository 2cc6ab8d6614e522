package org.tracebench.model;

import java.util.List;

/** How to reach a provider or a recipient: a person, a postal address and e-mail addresses. */
public record Contact(String person, String title, String address, List<String> emails, String phone) {

    public static final Contact NONE = new Contact(null, null, null, List.of(), null);

    public Contact {
        emails = emails == null ? List.of() : List.copyOf(emails);
    }
}
