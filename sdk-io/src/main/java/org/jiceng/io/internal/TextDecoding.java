package org.jiceng.io.internal;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.jspecify.annotations.Nullable;

/**
 * Opens text with a declared or detected charset, streaming and strict.
 *
 * <p>Detection: a byte-order mark (UTF-8, UTF-16, GB18030) wins. Otherwise UTF-8 is tried first, because
 * UTF-8 validates itself: text that decodes as strict UTF-8 is UTF-8, whatever its characters (Latin
 * accents such as {@code Rémy} included). GB18030 (a superset of GBK and GB2312) is chosen only when
 * UTF-8 fails: at once when the first {@value #PREFIX} bytes are not UTF-8, or, when the text so far was
 * plain ASCII (which both charsets decode alike), at the first byte that is not UTF-8. So the decision
 * covers the whole input without reading it twice. A text that fails in the charset chosen (a stray byte
 * in UTF-8 text after non-ASCII characters, or bytes that are not GB18030 either) raises
 * {@link Undecodable} with the byte offset; nothing is ever replaced silently.
 */
public final class TextDecoding {

    /** GB18030, the national standard superset of GBK. */
    public static final Charset GB18030 = Charset.forName("GB18030");

    private static final int PREFIX = 64 * 1024;

    private TextDecoding() {
    }

    /**
     * A decoded text. The charset may change from UTF-8 to GB18030 while reading a text whose first part
     * is ASCII; {@link #charset()} tells the charset in use (after reading to the end: the one chosen).
     */
    public static final class Decoded {
        private final StrictReader reader;
        private final boolean detected;
        private final boolean ambiguous;

        Decoded(StrictReader reader, boolean detected, boolean ambiguous) {
            this.reader = reader;
            this.detected = detected;
            this.ambiguous = ambiguous;
        }

        /**
         * @return true when the text was detected as UTF-8 but its start is valid GB18030 too and holds no
         *     character a Chinese UTF-8 text would have (no three- or four-byte sequence): a short GBK text
         *     such as {@code 支} ({@code D6 A7}) looks like UTF-8 {@code ֧}, so the importer warns
         */
        public boolean ambiguous() {
            return ambiguous;
        }

        /** @return the characters, byte-order mark removed */
        public Reader reader() {
            return reader;
        }

        /** @return the charset in use (the one chosen, once the text is read to the end) */
        public Charset charset() {
            return reader.charset;
        }

        /** @return whether the charset was detected rather than declared */
        public boolean detected() {
            return detected;
        }
    }

    /**
     * Bytes that are not text in the charset: where, and what was tried.
     */
    public static final class Undecodable extends CharacterCodingException {
        private static final long serialVersionUID = 1L;

        private final long byteOffset;
        private final transient Charset charset;
        private final String messageEn;
        private final String messageZh;

        Undecodable(long byteOffset, Charset charset, String messageEn, String messageZh) {
            this.byteOffset = byteOffset;
            this.charset = charset;
            this.messageEn = messageEn;
            this.messageZh = messageZh;
        }

        /** @return the 0-based offset of the first byte that cannot be decoded, counted from the file start */
        public long byteOffset() {
            return byteOffset;
        }

        /** @return the charset that failed */
        public Charset charset() {
            return charset;
        }

        /** @return the English explanation */
        @Override
        public String getMessage() {
            return messageEn;
        }

        /** @return the Chinese explanation */
        public String messageZh() {
            return messageZh;
        }
    }

    /**
     * @param in the bytes
     * @param declared a declared charset, or {@code null} to detect
     * @return a strict reader
     * @throws IOException when reading the prefix fails
     */
    public static Decoded open(InputStream in, @Nullable Charset declared) throws IOException {
        byte[] prefix = in.readNBytes(PREFIX);
        int skip = 0;
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
        Charset charset;
        boolean fallback = false;
        long utf8Failure = -1;
        if (declared != null) {
            charset = declared;
            if (bom == null || !sameFamily(bom, charset)) {
                skip = 0;
            }
        } else if (bom != null) {
            charset = bom;
        } else {
            boolean complete = prefix.length < PREFIX;
            utf8Failure = firstError(prefix, StandardCharsets.UTF_8, complete);
            charset = utf8Failure < 0 ? StandardCharsets.UTF_8 : GB18030;
            fallback = utf8Failure < 0;
            if (utf8Failure >= 0) {
                long gbFailure = firstError(prefix, GB18030, complete);
                if (gbFailure >= 0) {
                    throw neither(prefix, utf8Failure, gbFailure);
                }
            }
        }
        boolean ambiguous = fallback && ambiguous(prefix);
        StrictReader reader = new StrictReader(in, prefix, skip, charset, fallback, utf8Failure, declared != null);
        return new Decoded(reader, declared == null, ambiguous);
    }

    /** Neither charset decodes the start of the text: nothing is handed out, the error names both offsets. */
    private static Undecodable neither(byte[] prefix, long utf8, long gb) {
        String utf8Byte = String.format(java.util.Locale.ROOT, "0x%02X", prefix[(int) utf8] & 0xFF);
        String gbByte = String.format(java.util.Locale.ROOT, "0x%02X", prefix[(int) gb] & 0xFF);
        if (utf8 >= gb) {
            long line = lineOf(prefix, utf8);
            return new Undecodable(utf8, StandardCharsets.UTF_8, "byte " + utf8Byte + " at offset " + utf8
                    + " (line " + line + ") is not valid UTF-8, and the text is not GB18030 either (byte " + gbByte + " at offset " + gb
                    + "): a stray byte or mixed encodings; repair the file or declare the charset",
                    "第 " + line + " 行第 " + utf8 + " 字节（" + utf8Byte + "）不是有效的 UTF-8，文本也不是 GB18030（第 " + gb + " 字节 "
                            + gbByte + " 无效）：文件中有错误字节或混用了编码，请修复文件或指定字符集");
        }
        long line = lineOf(prefix, gb);
        return new Undecodable(gb, GB18030, "byte " + gbByte + " at offset " + gb
                + " (line " + line + ") is not valid GB18030, and the text is not UTF-8 either (byte " + utf8Byte + " at offset " + utf8
                + "): a stray byte or mixed encodings; repair the file or declare the charset",
                "第 " + line + " 行第 " + gb + " 字节（" + gbByte + "）不是有效的 GB18030，文本也不是 UTF-8（第 " + utf8 + " 字节 "
                        + utf8Byte + " 无效）：文件中有错误字节或混用了编码，请修复文件或指定字符集");
    }

    /** Non-ASCII, but only two-byte UTF-8 sequences, and valid GB18030 as well. */
    private static boolean ambiguous(byte[] prefix) {
        boolean nonAscii = false;
        for (byte b : prefix) {
            int u = b & 0xFF;
            if (u >= 0xE0) {
                return false;
            }
            nonAscii |= u >= 0x80;
        }
        return nonAscii && firstError(prefix, GB18030, prefix.length < PREFIX) < 0;
    }

    /** The 1-based line of a byte (LF is the same byte in UTF-8 and GB18030 and never part of a sequence). */
    private static long lineOf(byte[] bytes, long offset) {
        long line = 1;
        for (int i = 0; i < offset; i++) {
            line += bytes[i] == '\n' ? 1 : 0;
        }
        return line;
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
     * The offset of the first byte the charset cannot decode, or -1; when the bytes are not the whole
     * text, a sequence cut by their end is not an error.
     */
    static long firstError(byte[] bytes, Charset charset, boolean complete) {
        CharsetDecoder decoder = strict(charset);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer chars = CharBuffer.allocate(4096);
        while (true) {
            CoderResult r = decoder.decode(in, chars, complete);
            if (r.isError()) {
                return in.position();
            }
            if (r.isOverflow()) {
                chars.clear();
                continue;
            }
            break;
        }
        if (complete) {
            chars.clear();
            if (decoder.flush(chars).isError()) {
                return in.position();
            }
        }
        return -1;
    }

    /** Strict UTF-8 check; a sequence cut by the end of an incomplete prefix is not an error. */
    static boolean isUtf8(byte[] prefix, boolean complete) {
        return firstError(prefix, StandardCharsets.UTF_8, complete) < 0;
    }

    private static CharsetDecoder strict(Charset charset) {
        return charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
    }

    /**
     * @param bytes a whole text
     * @return the charset detection picks for it after reading it to the end (for tests and diagnostics)
     * @throws Undecodable when the bytes are neither UTF-8 nor GB18030
     */
    public static Charset detect(byte[] bytes) throws Undecodable {
        try {
            Decoded d = open(new ByteArrayInputStream(Arrays.copyOf(bytes, bytes.length)), null);
            char[] sink = new char[8192];
            while (d.reader().read(sink) >= 0) {
                // read to the end: the charset may change at the first non-ASCII byte
            }
            return d.charset();
        } catch (Undecodable e) {
            throw e;
        } catch (IOException e) {
            throw new IllegalStateException("in-memory read failed", e);
        }
    }

    /**
     * A strict decoding reader over a prefix already read and the rest of the stream, which may switch
     * from UTF-8 to GB18030 at the first invalid byte as long as everything before it was ASCII.
     */
    private static final class StrictReader extends Reader {
        private final InputStream in;
        private final boolean declared;
        private final long utf8Failure;
        private ByteBuffer bytes;
        private CharsetDecoder decoder;
        private Charset charset;
        private boolean fallback;
        private long base;
        private long firstNonAscii = -1;
        private int scanned;
        private boolean eof;
        private boolean flushed;
        private @Nullable Undecodable pending;

        StrictReader(InputStream in, byte[] prefix, int skip, Charset charset, boolean fallback, long utf8Failure,
                boolean declared) {
            this.in = in;
            this.charset = charset;
            this.decoder = strict(charset);
            this.fallback = fallback;
            this.utf8Failure = utf8Failure;
            this.declared = declared;
            byte[] buffer = Arrays.copyOf(prefix, Math.max(prefix.length, PREFIX));
            this.bytes = ByteBuffer.wrap(buffer, skip, prefix.length - skip);
            this.base = 0;
            this.scanned = skip;
            this.eof = prefix.length < PREFIX;
        }

        @Override
        public int read(char[] cbuf, int off, int len) throws IOException {
            if (len == 0) {
                return 0;
            }
            if (pending != null) {
                throw pending;
            }
            CharBuffer out = CharBuffer.wrap(cbuf, off, len);
            while (true) {
                if (flushed) {
                    return out.position() > off ? out.position() - off : -1;
                }
                if (fallback && firstNonAscii < 0) {
                    scanAscii();
                }
                CoderResult r = decoder.decode(bytes, out, eof);
                if (r.isError()) {
                    long at = base + bytes.position();
                    if (fallback && (firstNonAscii < 0 || firstNonAscii >= at)) {
                        // Only ASCII so far, which GB18030 decodes alike: the text is GB18030 from the start.
                        fallback = false;
                        charset = GB18030;
                        decoder = strict(GB18030);
                        continue;
                    }
                    return fail(failure(at), out, off);
                }
                if (r.isOverflow()) {
                    return out.position() - off;
                }
                // underflow: needs more bytes
                if (eof) {
                    CoderResult f = decoder.flush(out);
                    if (f.isOverflow()) {
                        return out.position() - off;
                    }
                    if (f.isError()) {
                        return fail(failure(base + bytes.position()), out, off);
                    }
                    flushed = true;
                    continue;
                }
                if (out.position() > off) {
                    return out.position() - off; // hand out what we have before blocking on the stream
                }
                fill();
            }
        }

        /** Hands out the characters decoded before the failure first, so readers know where it is. */
        private int fail(Undecodable failure, CharBuffer out, int off) throws Undecodable {
            if (out.position() > off) {
                pending = failure;
                return out.position() - off;
            }
            throw failure;
        }

        /** Notes the first non-ASCII byte among those loaded, for the UTF-8 to GB18030 switch. */
        private void scanAscii() {
            byte[] a = bytes.array();
            int end = bytes.limit();
            for (int i = Math.max(scanned, bytes.position()); i < end; i++) {
                if (a[i] < 0) {
                    firstNonAscii = base + i;
                    return;
                }
            }
            scanned = end;
        }

        private void fill() throws IOException {
            int consumed = bytes.position();
            bytes.compact();
            base += consumed;
            scanned = Math.max(0, scanned - consumed);
            int limitBefore = bytes.position();
            byte[] a = bytes.array();
            int n = in.read(a, limitBefore, a.length - limitBefore);
            if (n < 0) {
                eof = true;
                n = 0;
            }
            bytes.position(limitBefore + n);
            bytes.flip();
        }

        private Undecodable failure(long at) {
            String hex = byteAt(at);
            if (declared) {
                return new Undecodable(at, charset, "byte " + hex + " at offset " + at + " is not valid "
                        + charset.name() + " (the declared charset)",
                        "第 " + at + " 字节（" + hex + "）不是有效的 " + charset.name() + "（声明的字符集）");
            }
            if (charset.equals(GB18030) && utf8Failure >= 0) {
                return new Undecodable(at, charset, "the text is neither UTF-8 (byte " + utf8Failure
                        + " is invalid) nor GB18030 (byte " + hex + " at offset " + at + " is invalid); "
                        + "declare the charset with ImportOptions.withCharset or repair the file",
                        "文本既不是 UTF-8（第 " + utf8Failure + " 字节无效）也不是 GB18030（第 " + at + " 字节 "
                                + hex + " 无效）；请用 ImportOptions.withCharset 指定字符集或修复文件");
            }
            if (charset.equals(StandardCharsets.UTF_8) && firstNonAscii >= 0 && firstNonAscii < at) {
                return new Undecodable(at, charset, "byte " + hex + " at offset " + at + " is not valid UTF-8, "
                        + "but the text before it is UTF-8 with non-ASCII characters (from byte " + firstNonAscii
                        + "), so it is not GB18030 either: a stray byte or mixed encodings",
                        "第 " + at + " 字节（" + hex + "）不是有效的 UTF-8，而此前的文本是含非 ASCII 字符的 UTF-8（自第 "
                                + firstNonAscii + " 字节起），因此也不是 GB18030：文件中有错误字节或混用了编码");
            }
            return new Undecodable(at, charset, "byte " + hex + " at offset " + at + " is not valid " + charset.name(),
                    "第 " + at + " 字节（" + hex + "）不是有效的 " + charset.name());
        }

        private String byteAt(long at) {
            long i = at - base;
            if (i >= 0 && i < bytes.limit()) {
                return String.format(java.util.Locale.ROOT, "0x%02X", bytes.array()[(int) i] & 0xFF);
            }
            return "?";
        }

        @Override
        public void close() throws IOException {
            in.close();
        }
    }
}
