package org.tracebench.fuzz;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;
import java.util.zip.ZipOutputStream;
import java.util.Random;

/**
 * Inputs for the reader fuzzers: the seed files of {@code src/test/resources/fuzz/<reader>/}, changed by a
 * few random edits (bytes flipped, set, deleted, repeated, cut, or a token that matters to a parser put in),
 * and now and then plain random bytes. Workbooks are also edited inside: one part's XML is changed and the
 * zip written again, so the edits reach the XML parser instead of stopping at the zip's checksums. Each
 * input comes from its own seed number, so a failure names the seed that replays it (decision 0013).
 */
public final class Mutants {

    /** Tokens that change how a CSV, XML or decoder reads what follows. */
    private static final List<byte[]> TOKENS = Stream.of("\"", "\"\"", ",", ";", "\t", "\r", "\n", "\r\n", "\u0000",
                    "<", ">", "&", "&amp;", "&lt;", "]]>", "<!DOCTYPE x [<!ENTITY e \"eeeeeeeeee\">]>", "&e;",
                    "<c r=\"XFD1048576\"><v>1</v></c>", " r=\"A0\"", " t=\"s\"", "<v>999999</v>", "<row r=\"0\">",
                    "=HYPERLINK(\"x\")", "traceback_id", "business_name", "hop", "9".repeat(40), "x".repeat(5000),
                    ",".repeat(1200), "\"" + "y".repeat(33_000) + "\"")
            .map(s -> s.getBytes(StandardCharsets.UTF_8)).toList();
    private static final List<byte[]> RAW = List.of(new byte[] {(byte) 0xFF}, new byte[] {(byte) 0xC3},
            new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, new byte[] {(byte) 0xFE, (byte) 0xFF},
            new byte[] {(byte) 0x81}, new byte[] {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, new byte[] {'P', 'K', 3, 4});

    private enum Kind { FLIP, SET, INSERT_TOKEN, INSERT_RAW, DELETE, REPEAT, CUT }

    private record Edit(Kind kind, double where, double length, int value) {
        byte[] apply(byte[] in) {
            int at = (int) (where * in.length);
            int span = Math.max(1, (int) (length * Math.min(in.length, 4096)));
            return switch (kind) {
                case FLIP -> in.length == 0 ? in : with(in, Math.min(at, in.length - 1), (byte) (in[Math.min(at, in.length - 1)] ^ (1 << (value & 7))));
                case SET -> in.length == 0 ? in : with(in, Math.min(at, in.length - 1), (byte) value);
                case INSERT_TOKEN -> insert(in, at, TOKENS.get(Math.floorMod(value, TOKENS.size())));
                case INSERT_RAW -> insert(in, at, RAW.get(Math.floorMod(value, RAW.size())));
                case DELETE -> delete(in, at, span);
                case REPEAT -> insert(in, at, slice(in, at, Math.min(span, 2048)));
                case CUT -> java.util.Arrays.copyOf(in, at);
            };
        }
    }

    private Mutants() {
    }

    /** The seed files of one reader, by file name. */
    public static Map<String, byte[]> seeds(String reader) {
        URL url = Mutants.class.getResource("/fuzz/" + reader);
        if (url == null) {
            throw new IllegalStateException("no seed corpus src/test/resources/fuzz/" + reader);
        }
        Map<String, byte[]> seeds = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(Path.of(url.toURI()))) {
            for (Path file : files.sorted().toList()) {
                seeds.put(file.getFileName().toString(), Files.readAllBytes(file));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
        return seeds;
    }

    /** How many inputs a fuzz test tries: {@code -Dtracebench.fuzz.runs=N} for a longer run. */
    public static int runs(int inTheSuite) {
        return Integer.getInteger("tracebench.fuzz.runs", inTheSuite);
    }

    /** Where the numbers of a run start: {@code -Dtracebench.fuzz.seed=N} for another sample. */
    public static long firstSeed() {
        return Long.getLong("tracebench.fuzz.seed", 20261130L);
    }

    /** One input of a text reader: a seed with byte-level edits, and one time in ten random bytes. */
    public static byte[] text(Map<String, byte[]> seeds, long seed) {
        Random random = new Random(seed);
        if (random.nextInt(10) == 0) {
            byte[] bytes = new byte[random.nextInt(512)];
            random.nextBytes(bytes);
            return bytes;
        }
        return applyAll(pick(seeds, random), edits(random));
    }

    /** One workbook input: a seed edited as zip bytes, or inside one part's XML and zipped again. */
    public static byte[] workbook(Map<String, byte[]> seeds, long seed) {
        Random random = new Random(seed);
        byte[] chosen = pick(seeds, random);
        return random.nextInt(5) == 0 ? applyAll(chosen, edits(random)) : editPart(chosen, random.nextInt(20), edits(random));
    }

    private static byte[] pick(Map<String, byte[]> seeds, Random random) {
        List<byte[]> all = List.copyOf(seeds.values());
        return all.get(random.nextInt(all.size()));
    }

    private static List<Edit> edits(Random random) {
        List<Edit> edits = new ArrayList<>();
        for (int i = 1 + random.nextInt(6); i > 0; i--) {
            edits.add(new Edit(Kind.values()[random.nextInt(Kind.values().length)], random.nextDouble(),
                    random.nextDouble() * random.nextDouble(), random.nextInt(256)));
        }
        return edits;
    }

    private static byte[] applyAll(byte[] seed, List<Edit> edits) {
        byte[] out = seed;
        for (Edit edit : edits) {
            out = edit.apply(out);
        }
        return out;
    }

    private static byte[] editPart(byte[] workbook, int part, List<Edit> edits) {
        try {
            List<Map.Entry<String, byte[]>> parts = new ArrayList<>();
            try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(workbook))) {
                for (ZipEntry entry; (entry = in.getNextEntry()) != null; ) {
                    parts.add(Map.entry(entry.getName(), readBounded(in)));
                }
            }
            if (parts.isEmpty()) {
                return applyAll(workbook, edits);
            }
            int chosen = Math.floorMod(part, parts.size());
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ZipOutputStream out = new ZipOutputStream(bytes)) {
                for (int i = 0; i < parts.size(); i++) {
                    out.putNextEntry(new ZipEntry(parts.get(i).getKey()));
                    out.write(i == chosen ? applyAll(parts.get(i).getValue(), edits) : parts.get(i).getValue());
                    out.closeEntry();
                }
            }
            return bytes.toByteArray();
        } catch (IOException | RuntimeException e) {
            // A seed that is not a whole zip (the truncated one) is edited as bytes.
            return applyAll(workbook, edits);
        }
    }

    /** A part is read to at most 1 MB: the zip-bomb seed's sheet is cut short, which is a fine input too. */
    private static byte[] readBounded(InputStream in) throws IOException {
        return in.readNBytes(1 << 20);
    }

    private static byte[] with(byte[] in, int at, byte value) {
        byte[] out = in.clone();
        out[at] = value;
        return out;
    }

    private static byte[] insert(byte[] in, int at, byte[] token) {
        byte[] out = new byte[in.length + token.length];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(token, 0, out, at, token.length);
        System.arraycopy(in, at, out, at + token.length, in.length - at);
        return out;
    }

    private static byte[] delete(byte[] in, int at, int span) {
        int end = Math.min(in.length, at + span);
        byte[] out = new byte[in.length - (end - at)];
        System.arraycopy(in, 0, out, 0, at);
        System.arraycopy(in, end, out, at, in.length - end);
        return out;
    }

    private static byte[] slice(byte[] in, int at, int span) {
        return java.util.Arrays.copyOfRange(in, Math.min(at, in.length), Math.min(in.length, at + span));
    }

    /** A refusal's message is one line of words: no line break, not empty, not a stack of library text. */
    public static boolean oneLine(String message) {
        return message != null && !message.isBlank() && message.lines().count() == 1 && message.length() < 600;
    }
}
