package org.tracebench.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The identities an import writes keep the form decision 0702 gave them: one prefix, a hex counter of 8+ digits. */
class RecordUidsTest {

    @Test
    void oneWriterCountsUpAfterOnePrefix() {
        RecordUids uids = new RecordUids();
        String first = uids.next();
        String second = uids.next();
        assertThat(first).matches("t[0-9a-f]{16}-00000000");
        assertThat(second).isEqualTo(first.substring(0, 18) + "00000001");
    }

    @Test
    void twoWritersDoNotShareAPrefix() {
        assertThat(new RecordUids().next().substring(0, 18)).isNotEqualTo(new RecordUids().next().substring(0, 18));
    }

    @Test
    void counterIsWrittenAsFormatWouldWriteIt() {
        for (long start : new long[] {0, 9, 15, 0xabcdef, 0xfffffffeL, 0x123456789aL}) {
            RecordUids uids = new RecordUids(start);
            for (long n = start; n < start + 3; n++) {
                String uid = uids.next();
                assertThat(uid.substring(18)).isEqualTo(String.format("%08x", n));
            }
        }
    }
}
