package org.tracebench.work;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Chooses how to decode a text file and decodes it without ever guessing a character: a byte-order mark
 * wins (UTF-8, UTF-16); otherwise the first 64 KB are tried as UTF-8 and, when they are not, the file is
 * read as Windows-1252 (what Excel on Windows writes as "CSV"), and the encoding chosen is named for the
 * report. A byte that does not decode further on, or a NUL byte (binary data, or UTF-16 without its mark),
 * stops the reading with its row and byte offset: nothing is replaced by U+FFFD.
 */
public final class TextDecoding {

    private static final int SNIFF = 64 * 1024;
    public static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

    private TextDecoding() {
    }

    /** A reader over the stream and the encoding chosen, as shown in the import report. */
    public record Decoded(Reader reader, String encoding) {
    }

    public static Decoded open(InputStream raw) throws IOException {
        BufferedInputStream in = new BufferedInputStream(raw, SNIFF);
        in.mark(SNIFF);
        byte[] head = in.readNBytes(SNIFF);
        in.reset();
        if (startsWith(head, 0xEF, 0xBB, 0xBF)) {
            in.skipNBytes(3);
            return new Decoded(new Checked(in, StandardCharsets.UTF_8, "UTF-8", 3), "UTF-8 with byte-order mark");
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            in.skipNBytes(2);
            return new Decoded(new Checked(in, StandardCharsets.UTF_16LE, "UTF-16LE", 2), "UTF-16LE with byte-order mark");
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            in.skipNBytes(2);
            return new Decoded(new Checked(in, StandardCharsets.UTF_16BE, "UTF-16BE", 2), "UTF-16BE with byte-order mark");
        }
        if (isUtf8(head, head.length < SNIFF)) {
            return new Decoded(new Checked(in, StandardCharsets.UTF_8, "UTF-8", 0), "UTF-8");
        }
        return new Decoded(new Checked(in, WINDOWS_1252, "Windows-1252", 0), "Windows-1252 (not valid UTF-8)");
    }

    private static boolean startsWith(byte[] head, int... prefix) {
        if (head.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((head[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    /** Valid UTF-8, allowing a sequence cut off at the end of a sample that is not the whole file. */
    static boolean isUtf8(byte[] bytes, boolean complete) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(bytes.length + 1);
        CoderResult result = decoder.decode(in, out, complete);
        if (result.isError()) {
            return false;
        }
        if (complete) {
            try {
                return !decoder.flush(out).isError();
            } catch (IllegalStateException e) {
                return true;
            }
        }
        return true;
    }

    /**
     * Decodes with errors reported, not replaced, and keeps the byte offset and line of what it hands on so
     * that a refusal can say where. A NUL is refused too: no table or export holds one, and the databases
     * (PostgreSQL) cannot store it.
     */
    private static final class Checked extends Reader {
        private final InputStream in;
        private final CharsetDecoder decoder;
        private final String name;
        private final boolean nulIsBinary;
        private final ByteBuffer bytes = ByteBuffer.allocate(8192);
        private final CharBuffer chars = CharBuffer.allocate(8192);
        /** Offset in the file of {@code bytes.position()}. */
        private long offset;
        private long line = 1;
        private boolean afterCarriageReturn;
        private boolean eof;
        private boolean flushed;

        Checked(InputStream in, Charset charset, String name, long start) {
            this.in = in;
            this.decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT);
            this.name = name;
            this.offset = start;
            // In UTF-16 a zero byte is half of an ordinary character; a NUL character is still refused below.
            this.nulIsBinary = !charset.name().startsWith("UTF-16");
            bytes.flip();
            chars.flip();
        }

        @Override
        public int read(char[] buffer, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            while (!chars.hasRemaining()) {
                if (flushed) {
                    return -1;
                }
                fill();
            }
            int n = Math.min(len, chars.remaining());
            chars.get(buffer, off, n);
            return n;
        }

        private void fill() throws IOException {
            if (!eof && bytes.remaining() < 16) {
                bytes.compact();
                int n = in.read(bytes.array(), bytes.position(), bytes.remaining());
                if (n < 0) {
                    eof = true;
                } else {
                    bytes.position(bytes.position() + n);
                }
                bytes.flip();
            }
            chars.clear();
            int start = bytes.position();
            CoderResult result = decoder.decode(bytes, chars, eof);
            if (eof && !result.isError() && !bytes.hasRemaining()) {
                result = decoder.flush(chars);
                flushed = !result.isOverflow();
            }
            chars.flip();
            long chunkStart = offset;
            offset += bytes.position() - start;
            check(chunkStart);
            if (result.isError()) {
                String shown = String.format("0x%02X", bytes.get(bytes.position()) & 0xFF);
                throw new TextReadException(line, "not " + name + " at byte " + TextReadException.count(offset + 1)
                        + " (" + shown + "); save the file as UTF-8 and import it again");
            }
        }

        /** Counts the lines handed on and refuses a NUL, naming its byte. */
        private void check(long chunkStart) throws TextReadException {
            long at = chunkStart;
            for (int i = chars.position(); i < chars.limit(); i++) {
                char c = chars.get(i);
                if (c == 0) {
                    throw new TextReadException(line, "a NUL byte at byte " + TextReadException.count(at + 1)
                            + (nulIsBinary ? ": not a text table (binary data, or UTF-16 without a byte-order mark?)"
                            : ": not a text table"));
                }
                if (c == '\n' && !afterCarriageReturn || c == '\r') {
                    line++;
                }
                afterCarriageReturn = c == '\r';
                at += width(c);
            }
        }

        /** Bytes one char took in the encoding; exact for the encodings chosen above. */
        private int width(char c) {
            if (!nulIsBinary) {
                return 2;
            }
            if (decoder.charset() == WINDOWS_1252 || c < 0x80) {
                return 1;
            }
            if (c < 0x800) {
                return 2;
            }
            return Character.isSurrogate(c) ? 2 : 3;
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
