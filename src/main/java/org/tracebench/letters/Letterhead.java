package org.tracebench.letters;

/**
 * What a letterhead shows beside its name lines (which come from the template's letterhead block): the
 * office's logo (PNG, null for none) with its alt text, and the contact line under the rule (null for none).
 */
public record Letterhead(byte[] logoPng, String altText, String contactLine) {

    public static final Letterhead PLAIN = new Letterhead(null, "", null);

    public boolean hasContact() {
        return contactLine != null && !contactLine.isBlank();
    }

    // The letter's data hash reads this text: it must change with the logo and never carry an identity hash.
    @Override
    public String toString() {
        return "Letterhead[logo " + (logoPng == null ? "none" : java.util.HexFormat.of().formatHex(
                sha256(logoPng))) + ", alt " + altText + ", contact " + contactLine + "]";
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof Letterhead l && java.util.Arrays.equals(logoPng, l.logoPng)
                && java.util.Objects.equals(altText, l.altText) && java.util.Objects.equals(contactLine, l.contactLine);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(java.util.Arrays.hashCode(logoPng), altText, contactLine);
    }

    private static byte[] sha256(byte[] bytes) {
        try {
            return java.security.MessageDigest.getInstance("SHA-256").digest(bytes);
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
