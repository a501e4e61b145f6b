package org.jiceng.io.xlsx.internal;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Optional;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;
import org.jiceng.io.IoLimits;

/**
 * The parts of one XLSX zip, each opened as a stream whose inflated bytes are counted against this
 * import's {@link IoLimits} ({@link CountingPartStream}). Nothing here is shared between imports, so
 * concurrent imports with different limits cannot affect each other. A source that is not a file is
 * first copied to a temporary file, deleted on {@link #close()}, because the parts must be read in an
 * order the zip does not fix.
 */
public final class ZipParts implements Closeable {

    private final ZipFile zip;
    private final Optional<Path> temporary;
    private final long fileSize;
    private final IoLimits limits;
    private final CountingPartStream.Budget budget;

    private ZipParts(ZipFile zip, Optional<Path> temporary, long fileSize, IoLimits limits) {
        this.zip = zip;
        this.temporary = temporary;
        this.fileSize = fileSize;
        this.limits = limits;
        this.budget = new CountingPartStream.Budget(limits.xlsxMaxTotalSize());
    }

    /**
     * @param file a workbook file
     * @param limits the import's limits
     * @return its parts
     * @throws IOException when the file is not a readable zip
     */
    public static ZipParts open(Path file, IoLimits limits) throws IOException {
        refuseCompoundFile(file);
        return new ZipParts(new ZipFile(file.toFile()), Optional.empty(), Files.size(file), limits);
    }

    /**
     * @param in a workbook's bytes; read to the end, not closed
     * @param limits the import's limits
     * @return its parts
     * @throws IOException when the bytes cannot be stored or are not a readable zip
     */
    public static ZipParts open(InputStream in, IoLimits limits) throws IOException {
        Path copy = Files.createTempFile("jiceng-xlsx-", ".zip");
        try {
            Files.copy(in, copy, StandardCopyOption.REPLACE_EXISTING);
            refuseCompoundFile(copy);
            return new ZipParts(new ZipFile(copy.toFile()), Optional.of(copy), Files.size(copy), limits);
        } catch (IOException | RuntimeException e) {
            Files.deleteIfExists(copy);
            throw e;
        }
    }

    private static final byte[] COMPOUND_FILE = {(byte) 0xD0, (byte) 0xCF, 0x11, (byte) 0xE0, (byte) 0xA1, (byte) 0xB1,
        0x1A, (byte) 0xE1};

    /** Names the usual reason a ".xlsx" is no zip: a password (encrypted OOXML) or an old binary .xls. */
    private static void refuseCompoundFile(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            if (java.util.Arrays.equals(in.readNBytes(COMPOUND_FILE.length), COMPOUND_FILE)) {
                throw new java.util.zip.ZipException("it is an OLE2 compound file: a password-protected workbook or an "
                        + "old .xls workbook; remove the password or save it as .xlsx (Excel 2007 or later)");
            }
        }
    }

    /**
     * @param name a part name without a leading slash, e.g. {@code xl/workbook.xml}
     * @return whether the zip holds it
     */
    public boolean has(String name) {
        return entry(name) != null;
    }

    /**
     * @param name a part name without a leading slash
     * @return the part's inflated bytes, counted against the limits
     * @throws IOException when the part is missing or cannot be opened
     */
    public InputStream open(String name) throws IOException {
        ZipEntry entry = entry(name);
        if (entry == null) {
            throw new java.io.FileNotFoundException("the workbook has no part " + name);
        }
        long compressed = entry.getCompressedSize();
        compressed = compressed < 0 ? fileSize : Math.min(compressed, fileSize);
        long maxToken = 16L * limits.maxCellChars() + 65_536;
        return new CountingPartStream(zip.getInputStream(entry), name, compressed, limits.xlsxMaxEntrySize(),
                limits.xlsxMinInflateRatio(), budget, maxToken);
    }

    private ZipEntry entry(String name) {
        ZipEntry e = zip.getEntry(name);
        if (e == null && !name.isEmpty()) {
            // Part names are case-insensitive in OPC; writers differ in case ("[Content_Types].xml", "xl/Workbook.xml").
            var all = zip.entries();
            while (all.hasMoreElements()) {
                ZipEntry candidate = all.nextElement();
                if (candidate.getName().equalsIgnoreCase(name)) {
                    return candidate;
                }
            }
        }
        return e;
    }

    @Override
    public void close() throws IOException {
        try {
            zip.close();
        } finally {
            if (temporary.isPresent()) {
                Files.deleteIfExists(temporary.get());
            }
        }
    }
}
