package org.jiceng.io.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.SequenceInputStream;
import java.io.ByteArrayInputStream;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

/**
 * Opens text with a declared or detected charset. Detection: a byte-order mark (UTF-8, UTF-16, GB18030)
 * wins; otherwise a prefix of up to 64 KiB that decodes as strict UTF-8 means UTF-8; otherwise GB18030
 * (a superset of GBK and GB2312). Decoding is strict: bytes invalid in the charset raise
 * {@link CharacterCodingException} rather than being replaced silently.
 */
public final class TextDecoding {

    /** GB18030, the national standard superset of GBK. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final int PREFIX = 64 * 1024;

    /**
     * A decoded text and the charset chosen.
     *
     * @param reader the characters, byte-order mark removed
     * @param charset the charset used
     * @param detected whether it was detected rather than declared
     */
    public record Decoded(Reader reader, Charset charset, boolean detected) {
    }

    private TextDecoding() {
    }

    /**
     * @param in the bytes
     * @param declared a declared charset, or empty to detect
     * @return a strict reader
     * @throws IOException when reading the prefix fails
     */
    public static Decoded open(InputStream in, Optional<Charset> declared) throws IOException {
        byte[] prefix = in.readNBytes(PREFIX);
        int skip = 0;
        Charset charset;
        Charset bom = null;
        if (startsWith(prefix, 0xEF, 0xBB, 0xBF)) {
            bom = StandardCharsets.UTF_8;
            skip = 3;
        } else if (startsWith(prefix, 0x84, 0x31, 0x95, 0x33)) {
            bom = GB18030;
            skip = 4;
        } else if (startsWith(prefix, 0xFF, 0xFE)) {
            bom = StandardCharsets.UTF_16LE;
            skip = 2;
        } else if (startsWith(prefix, 0xFE, 0xFF)) {
            bom = StandardCharsets.UTF_16BE;
            skip = 2;
        }
        boolean detected = declared.isEmpty();
        if (declared.isPresent()) {
            charset = declared.get();
            if (bom == null || !sameFamily(bom, charset)) {
                skip = 0;
            }
        } else if (bom != null) {
            charset = bom;
        } else {
            charset = guess(prefix, prefix.length < PREFIX);
        }
        InputStream body = new SequenceInputStream(
                new ByteArrayInputStream(prefix, skip, prefix.length - skip), in);
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        return new Decoded(new InputStreamReader(body, decoder), charset, detected);
    }

    private static boolean sameFamily(Charset bom, Charset declared) {
        if (bom.equals(declared)) {
            return true;
        }
        return bom.name().startsWith("UTF-16") && declared.name().startsWith("UTF-16");
    }

    private static boolean startsWith(byte[] bytes, int... expected) {
        if (bytes.length < expected.length) {
            return false;
        }
        for (int i = 0; i < expected.length; i++) {
            if ((bytes[i] & 0xFF) != expected[i]) {
                return false;
            }
        }
        return true;
    }

    /**
     * UTF-8 when the prefix is strict UTF-8, except that a prefix whose only non-ASCII characters are
     * two-byte sequences (U+0080 to U+07FF: accents, Greek, Cyrillic, Hebrew) and which is also valid
     * GB18030 is taken as GB18030: Chinese text in UTF-8 uses three-byte sequences, while GBK pairs such
     * as {@code D6 A7} (支) happen to form valid two-byte UTF-8.
     */
    static Charset guess(byte[] prefix, boolean complete) {
        if (!isUtf8(prefix, complete)) {
            return GB18030;
        }
        boolean twoByte = false;
        for (byte b : prefix) {
            int u = b & 0xFF;
            if (u >= 0xE0) {
                return StandardCharsets.UTF_8;
            }
            twoByte |= u >= 0xC0;
        }
        if (twoByte && decodes(prefix, GB18030, complete)) {
            return GB18030;
        }
        return StandardCharsets.UTF_8;
    }

    /** Strict UTF-8 check; a sequence cut by the end of an incomplete prefix is not an error. */
    static boolean isUtf8(byte[] prefix, boolean complete) {
        return decodes(prefix, StandardCharsets.UTF_8, complete);
    }

    /**
     * Whether the prefix decodes in the charset with no malformed or unmappable input; when the prefix is
     * not the whole text, a sequence cut by its end is not an error.
     */
    private static boolean decodes(byte[] prefix, Charset charset, boolean complete) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer bytes = ByteBuffer.wrap(prefix);
        CharBuffer chars = CharBuffer.allocate(4096);
        while (true) {
            CoderResult r = decoder.decode(bytes, chars, complete);
            if (r.isError()) {
                return false;
            }
            if (r.isOverflow()) {
                chars.clear();
                continue;
            }
            break;
        }
        if (complete) {
            chars.clear();
            return !decoder.flush(chars).isError();
        }
        return true;
    }

    /**
     * @param bytes a small text
     * @return the charset detection would pick for it (for tests and diagnostics)
     */
    public static Charset detect(byte[] bytes) {
        try {
            return open(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length)), Optional.empty()).charset();
        } catch (IOException e) {
            throw new IllegalStateException("in-memory read failed", e);
        }
    }
}
