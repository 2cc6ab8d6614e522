package org.tracebench.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * A new writer of traced calls must tell {@link CallCounts} what it added or removed (decision 0712): every main
 * source file whose SQL inserts into or deletes from traced_call by name also uses CallCounts. A coarse net (per
 * file, literal table names only); CaseCallCountsTest checks each path's numbers.
 */
class CallCountWritersTest {

    private static final Pattern WRITES_CALLS = Pattern.compile("(?i)(INSERT\\s+INTO|DELETE\\s+FROM)\\s+traced_call(?![_a-z0-9])");

    @Test
    void everyFileWritingTracedCallsUsesCallCounts() throws IOException {
        List<Path> writers;
        try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
            writers = files.filter(f -> f.toString().endsWith(".java")).filter(f -> WRITES_CALLS.matcher(read(f)).find())
                    .toList();
        }
        assertThat(writers).as("files writing traced_call").isNotEmpty();
        assertThat(writers).allSatisfy(f -> assertThat(read(f)).as(f + " writes traced_call").contains("CallCounts"));
    }

    private static String read(Path file) {
        try {
            return Files.readString(file);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }
}
