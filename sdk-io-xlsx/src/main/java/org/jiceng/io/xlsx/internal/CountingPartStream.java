package org.jiceng.io.xlsx.internal;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

/**
 * The inflated bytes of one zip entry, counted as they are read. It refuses, with {@link LimitExceeded}:
 * an entry larger than the per-entry limit; an entry inflating beyond its compressed size divided by the
 * minimum ratio, once past {@value #RATIO_GRACE} bytes (small parts compress well and are harmless); more
 * bytes over all entries of the workbook than the total limit; and a run of more than the token limit
 * bytes without a {@code <}, which bounds what an XML parser buffers for one text node or tag, so a single
 * huge attribute or text cannot exhaust the heap.
 */
final class CountingPartStream extends FilterInputStream {

    /** Bytes an entry may inflate to before its compression ratio is judged. */
    static final long RATIO_GRACE = 100 * 1024;

    private final String part;
    private final long maxEntry;
    private final long maxByRatio;
    private final double minRatio;
    private final long compressed;
    private final Budget total;
    private final long maxToken;
    private long read;
    private long sinceTag;

    /** The bytes left for the whole workbook, shared by its parts. */
    static final class Budget {
        private final long limit;
        private long used;

        Budget(long limit) {
            this.limit = limit;
        }

        void take(String part, long bytes) throws LimitExceeded {
            used += bytes;
            if (used > limit) {
                throw new LimitExceeded(part, String.format(Locale.ROOT,
                        "the workbook inflates to more than %,d bytes (IoLimits.xlsxMaxTotalSize)", limit),
                        String.format(Locale.ROOT, "工作簿解压后超过 %,d 字节（IoLimits.xlsxMaxTotalSize）", limit));
            }
        }
    }

    CountingPartStream(InputStream in, String part, long compressed, long maxEntry, double minRatio, Budget total,
            long maxToken) {
        super(in);
        this.part = part;
        this.maxEntry = maxEntry;
        this.minRatio = minRatio;
        this.compressed = compressed;
        this.maxByRatio = compressed < 0 ? Long.MAX_VALUE : (long) Math.min(Long.MAX_VALUE, compressed / minRatio);
        this.total = total;
        this.maxToken = maxToken;
    }

    @Override
    public int read() throws IOException {
        byte[] one = new byte[1];
        int n = read(one, 0, 1);
        return n < 0 ? -1 : one[0] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        int n = super.read(b, off, len);
        if (n > 0) {
            count(b, off, n);
        }
        return n;
    }

    @Override
    public long skip(long n) throws IOException {
        byte[] buffer = new byte[(int) Math.min(8192, Math.max(0, n))];
        long skipped = 0;
        while (skipped < n) {
            int r = read(buffer, 0, (int) Math.min(buffer.length, n - skipped));
            if (r < 0) {
                break;
            }
            skipped += r;
        }
        return skipped;
    }

    @Override
    public boolean markSupported() {
        return false;
    }

    private void count(byte[] b, int off, int n) throws LimitExceeded {
        read += n;
        total.take(part, n);
        if (read > maxEntry) {
            throw new LimitExceeded(part, String.format(Locale.ROOT,
                    "part %s inflates to more than %,d bytes (IoLimits.xlsxMaxEntrySize)", part, maxEntry),
                    String.format(Locale.ROOT, "部件 %s 解压后超过 %,d 字节（IoLimits.xlsxMaxEntrySize）", part, maxEntry));
        }
        if (read > RATIO_GRACE && read > maxByRatio) {
            throw new LimitExceeded(part, String.format(Locale.ROOT,
                    "part %s looks like a zip bomb: %,d compressed bytes inflate to more than %,d, a ratio below "
                            + "%s (IoLimits.xlsxMinInflateRatio)", part, compressed, read, minRatio),
                    String.format(Locale.ROOT, "部件 %s 疑似压缩炸弹：%,d 字节压缩数据解压超过 %,d 字节，压缩比低于 %s"
                            + "（IoLimits.xlsxMinInflateRatio）", part, compressed, read, minRatio));
        }
        for (int i = off, end = off + n; i < end; i++) {
            if (b[i] == '<') {
                sinceTag = 0;
            } else if (++sinceTag > maxToken) {
                throw new LimitExceeded(part, String.format(Locale.ROOT,
                        "part %s has a text or tag of more than %,d bytes (IoLimits.maxCellChars)", part, maxToken),
                        String.format(Locale.ROOT, "部件 %s 中有超过 %,d 字节的文本或标签（IoLimits.maxCellChars）",
                                part, maxToken));
            }
        }
    }
}
