package org.tracebench.transfer;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.tracebench.store.Passphrase;

/**
 * The encrypted form of a case file (decision 0703): a header (magic, key-stretching rounds, random salt, random
 * IV) followed by the plain case file sealed with AES-256-GCM under a key stretched from the passphrase with
 * PBKDF2-HMAC-SHA256. The header is authenticated with the content, so changing either is detected.
 */
final class CaseCipher {

    static final byte[] MAGIC = "TBCENC01".getBytes(StandardCharsets.US_ASCII);
    static final int ROUNDS = 210_000;
    private static final int SALT_BYTES = 16;
    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final int HEADER_BYTES = MAGIC.length + 4 + SALT_BYTES + IV_BYTES;
    /** Far above what any build writes; a header asking for more is refused rather than made to spin for hours. */
    private static final int MAX_ROUNDS = 10_000_000;

    private CaseCipher() {
    }

    static boolean isEncrypted(byte[] file) {
        return file.length >= MAGIC.length && Arrays.equals(Arrays.copyOf(file, MAGIC.length), MAGIC);
    }

    static byte[] seal(byte[] plain, Passphrase passphrase, SecureRandom random) {
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        random.nextBytes(salt);
        random.nextBytes(iv);
        ByteBuffer header = ByteBuffer.allocate(HEADER_BYTES).put(MAGIC).putInt(ROUNDS).put(salt).put(iv);
        byte[] key = passphrase.deriveKey(salt, ROUNDS, 256);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(header.array());
            byte[] sealed = cipher.doFinal(plain);
            return ByteBuffer.allocate(HEADER_BYTES + sealed.length).put(header.array()).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }

    static byte[] open(byte[] file, Passphrase passphrase, String name) {
        if (file.length < HEADER_BYTES + TAG_BITS / 8) {
            throw new CaseFileException(name + ": the encrypted case file is cut short; nothing was imported");
        }
        ByteBuffer in = ByteBuffer.wrap(file);
        in.position(MAGIC.length);
        int rounds = in.getInt();
        if (rounds < 1 || rounds > MAX_ROUNDS) {
            throw new CaseFileException(name + ": the encrypted case file's header is damaged; nothing was imported");
        }
        byte[] salt = new byte[SALT_BYTES];
        byte[] iv = new byte[IV_BYTES];
        in.get(salt).get(iv);
        byte[] key = passphrase.deriveKey(salt, rounds, 256);
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
            cipher.updateAAD(file, 0, HEADER_BYTES);
            return cipher.doFinal(file, HEADER_BYTES, file.length - HEADER_BYTES);
        } catch (AEADBadTagException e) {
            throw new CaseFileException(name + ": wrong passphrase, or the encrypted file was changed; nothing was imported", e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("AES-GCM is part of every Java runtime", e);
        } finally {
            Arrays.fill(key, (byte) 0);
        }
    }
}
