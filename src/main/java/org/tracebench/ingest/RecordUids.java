package org.tracebench.ingest;

import java.security.SecureRandom;

/**
 * Identities (decision 0702) for the rows one import writes. The columns' own default draws two random numbers
 * per row, and random keys land all over the unique index: together a third of a large import's CPU time.
 * These share one random 64-bit prefix per writer and count up after it, so one import's keys go side by side
 * into the index, while two imports, here or in another database, still never share a prefix. They begin with
 * "t", a default identity with "r": the two kinds never meet.
 */
final class RecordUids {

    private static final SecureRandom RANDOM = new SecureRandom();

    private final String prefix = String.format("t%016x-", RANDOM.nextLong());
    private long next;

    RecordUids() {
        this(0);
    }

    /** Counting from {@code first}: lets a test reach the counters that outgrow eight digits. */
    RecordUids(long first) {
        this.next = first;
    }

    /** The prefix and the counter as at least 8 hex digits. Called for every row written, hence no String.format. */
    String next() {
        String counter = Long.toHexString(next++);
        StringBuilder uid = new StringBuilder(prefix.length() + Math.max(8, counter.length())).append(prefix);
        for (int pad = counter.length(); pad < 8; pad++) {
            uid.append('0');
        }
        return uid.append(counter).toString();
    }
}
