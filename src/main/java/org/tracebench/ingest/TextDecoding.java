package org.tracebench.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Chooses how to decode a text file: a byte-order mark wins (UTF-8, UTF-16); otherwise the first 64 KB
 * are tried as UTF-8 and, when they are not, the file is read as Windows-1252 (what Excel on Windows
 * writes as "CSV"). A UTF-8 file that turns out broken further on fails with a clear message rather than
 * importing garbled names.
 */
public final class TextDecoding {

    private static final int SNIFF = 64 * 1024;
    static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

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
            return new Decoded(reader(in, StandardCharsets.UTF_8), "UTF-8 with byte-order mark");
        }
        if (startsWith(head, 0xFF, 0xFE)) {
            in.skipNBytes(2);
            return new Decoded(reader(in, StandardCharsets.UTF_16LE), "UTF-16LE with byte-order mark");
        }
        if (startsWith(head, 0xFE, 0xFF)) {
            in.skipNBytes(2);
            return new Decoded(reader(in, StandardCharsets.UTF_16BE), "UTF-16BE with byte-order mark");
        }
        if (isUtf8(head, head.length < SNIFF)) {
            return new Decoded(reader(in, StandardCharsets.UTF_8), "UTF-8");
        }
        return new Decoded(reader(in, WINDOWS_1252), "Windows-1252 (not valid UTF-8)");
    }

    private static Reader reader(InputStream in, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new InputStreamReader(in, decoder);
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

    /** The message for a file that stopped decoding part way through. */
    static String describe(CharacterCodingException e, String encoding) {
        return "the text is not valid " + encoding + " further on; save the file as UTF-8 and import it again";
    }
}
