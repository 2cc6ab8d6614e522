package org.tracebench.store;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Arrays;
import java.util.HexFormat;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;

/**
 * The user's secret for an encrypted database, held as characters (never a String, so it can be wiped) and
 * never printed: {@link #toString()} hides it. H2 stretches a file password with only 10 rounds, so the
 * passphrase is first stretched here (PBKDF2, decision 0010) into the file password H2 is given; the
 * stretched form is hexadecimal, so a passphrase may hold spaces, which H2 would take as its separator
 * between the file and the user password.
 */
public final class Passphrase {

    /** Shorter passphrases are refused when a database is encrypted or its passphrase changed. */
    public static final int MINIMUM_LENGTH = 8;

    /** Fixed: changing either value makes every encrypted database unreadable (a new value needs a new version). */
    private static final byte[] SALT = "tracebench/encryption-at-rest/v1".getBytes(StandardCharsets.UTF_8);
    static final int ITERATIONS = 210_000;

    private final char[] secret;
    private char[] stretched;

    private Passphrase(char[] secret) {
        this.secret = secret;
    }

    /** Copies the characters: the caller may (and should) wipe its own array afterwards. */
    public static Passphrase of(char[] characters) {
        if (characters == null || characters.length == 0) {
            throw new IllegalArgumentException("an empty passphrase");
        }
        return new Passphrase(characters.clone());
    }

    public boolean isLongEnough() {
        return secret.length >= MINIMUM_LENGTH;
    }

    /** Whether two typings of a new passphrase agree. */
    public boolean sameAs(Passphrase other) {
        return other != null && Arrays.equals(secret, other.secret);
    }

    /** The password H2 encrypts the file with; a fresh copy, since H2 wipes the arrays it is given. */
    synchronized char[] filePassword() {
        if (stretched == null) {
            stretched = stretch();
        }
        return stretched.clone();
    }

    /** H2's connection password for an encrypted file: the file password, a space, then the (empty) user password. */
    char[] connectionPassword() {
        char[] file = filePassword();
        char[] password = Arrays.copyOf(file, file.length + 1);
        password[file.length] = ' ';
        Arrays.fill(file, '\0');
        return password;
    }

    private char[] stretch() {
        PBEKeySpec spec = new PBEKeySpec(secret, SALT, ITERATIONS, 256);
        try {
            byte[] key = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            char[] hex = HexFormat.of().formatHex(key).toCharArray();
            Arrays.fill(key, (byte) 0);
            return hex;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /**
     * A key of {@code bits} stretched from this passphrase with PBKDF2-HMAC-SHA256 and the caller's own salt and
     * rounds (case files carry a random salt each, decision 0703); the caller wipes the returned bytes.
     */
    public synchronized byte[] deriveKey(byte[] salt, int rounds, int bits) {
        PBEKeySpec spec = new PBEKeySpec(secret, salt, rounds, bits);
        try {
            return SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("PBKDF2WithHmacSHA256 is part of every Java runtime", e);
        } finally {
            spec.clearPassword();
        }
    }

    /** Wipes the characters once the passphrase is no longer needed. */
    public synchronized void forget() {
        Arrays.fill(secret, '\0');
        if (stretched != null) {
            Arrays.fill(stretched, '\0');
        }
    }

    @Override
    public String toString() {
        return "Passphrase[hidden]";
    }
}
