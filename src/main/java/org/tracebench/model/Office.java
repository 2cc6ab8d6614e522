package org.tracebench.model;

import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * An issuing office and its letterhead. {@code nameLines} are printed exactly as typed (an office that prints
 * its name in capitals types it in capitals); {@code logoPng} is an optional PNG image, null for none.
 * {@code key} is a short stable handle ("fcc-enforcement-bureau").
 */
public record Office(long id, String key, List<String> nameLines, List<String> headerRight, List<String> address,
                     String phone, String email, String web, byte[] logoPng, boolean sample) {

    public Office {
        Objects.requireNonNull(key, "key");
        nameLines = nameLines == null ? List.of() : List.copyOf(nameLines);
        headerRight = headerRight == null ? List.of() : List.copyOf(headerRight);
        address = address == null ? List.of() : List.copyOf(address);
    }

    /** The office's name on one line, for lists, alt text and the audit log. */
    public String displayName() {
        return nameLines.isEmpty() ? key : String.join(", ", nameLines);
    }

    /** Address, phone, e-mail and web on one line, the letterhead's contact line; empty when there is none. */
    public String contactLine() {
        StringBuilder line = new StringBuilder(String.join(", ", address));
        for (String part : new String[] {phone, email, web}) {
            if (part != null && !part.isBlank()) {
                line.append(line.isEmpty() ? "" : " · ").append(part.strip());
            }
        }
        return line.toString();
    }

    public Office withId(long newId) {
        return new Office(newId, key, nameLines, headerRight, address, phone, email, web, logoPng, sample);
    }

    public Office withLogo(byte[] png) {
        return new Office(id, key, nameLines, headerRight, address, phone, email, web, png, sample);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Office o && id == o.id && key.equals(o.key) && nameLines.equals(o.nameLines)
                && headerRight.equals(o.headerRight) && address.equals(o.address) && Objects.equals(phone, o.phone)
                && Objects.equals(email, o.email) && Objects.equals(web, o.web) && Arrays.equals(logoPng, o.logoPng)
                && sample == o.sample;
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, key, nameLines, headerRight, address, phone, email, web, Arrays.hashCode(logoPng), sample);
    }

    @Override
    public String toString() {
        return "Office[" + key + ": " + displayName() + (logoPng == null ? "" : ", logo " + logoPng.length + " bytes") + "]";
    }
}
