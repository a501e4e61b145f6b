package org.jiceng.cases.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseHeader;
import org.jiceng.core.geo.LonLat;
import org.jiceng.core.time.IsoInstants;
import org.jiceng.cases.store.spi.Canonical;

/**
 * The hash chain of a case, as Certificate Transparency chains its log: the chain starts with the
 * hash of the case's {@link CaseHeader}; entry {@code n} is hashed over the hash of entry
 * {@code n - 1} (the header's for the first entry) followed by the canonical UTF-8 encoding of the
 * case id, {@code n} and every component of the entry. Rewriting a note, moving a time, dropping or
 * reordering an entry therefore changes every later hash. Hashes are lower-case hex.
 */
public final class TrailHashing {

    private static final HexFormat HEX = HexFormat.of();
    /** Each thread's digests, by {@link HashAlgorithm#ordinal()}. */
    private static final ThreadLocal<MessageDigest[]> DIGESTS =
            ThreadLocal.withInitial(() -> new MessageDigest[HashAlgorithm.values().length]);

    private TrailHashing() {
    }

    /**
     * @param algorithm hash function
     * @param header a case header
     * @return the hash that starts the case's chain
     */
    public static String headerHash(HashAlgorithm algorithm, CaseHeader header) {
        MessageDigest digest = digest(algorithm);
        digest.update(canonicalHeader(header).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest.digest());
    }

    /**
     * @param algorithm hash function
     * @param previousHash the hash of the previous entry, or the header hash for entry 0
     * @param caseId the case
     * @param seq the entry's position in the trail, from 0
     * @param entry the entry
     * @return the entry's hash
     */
    public static String entryHash(HashAlgorithm algorithm, String previousHash, String caseId, int seq,
            AuditEntry entry) {
        MessageDigest digest = digest(algorithm);
        digest.update(HEX.parseHex(previousHash));
        digest.update(canonicalEntry(caseId, seq, entry).getBytes(StandardCharsets.UTF_8));
        return HEX.formatHex(digest.digest());
    }

    /**
     * This thread's digest of an algorithm, reset: a store hashes every entry twice (when it is stored and when
     * it is verified), and a lookup through the security providers for each hash is work repeated for nothing.
     */
    private static MessageDigest digest(HashAlgorithm algorithm) {
        MessageDigest[] mine = DIGESTS.get();
        MessageDigest d = mine[algorithm.ordinal()];
        if (d == null) {
            d = algorithm.newDigest();
            mine[algorithm.ordinal()] = d;
        } else {
            d.reset();
        }
        return d;
    }

    /**
     * @param algorithm hash function
     * @param c a case
     * @return the hash of every entry of its trail, in order
     */
    public static List<String> chain(HashAlgorithm algorithm, Case c) {
        List<String> hashes = new ArrayList<>(c.trail().entries().size());
        String previous = headerHash(algorithm, c.header());
        int seq = 0;
        for (AuditEntry e : c.trail().entries()) {
            previous = entryHash(algorithm, previous, c.id(), seq++, e);
            hashes.add(previous);
        }
        return List.copyOf(hashes);
    }

    /**
     * @param header a case header
     * @return the canonical text that is hashed for it
     */
    public static String canonicalHeader(CaseHeader header) {
        Canonical c = new Canonical().add("case").add(header.id()).add(header.kind().name()).add(header.category())
                .add(header.description());
        c.addNullable(header.location().point().map(LonLat::lon).map(d -> Double.toString(d)).orElse(null));
        c.addNullable(header.location().point().map(LonLat::lat).map(d -> Double.toString(d)).orElse(null));
        c.addNullable(header.location().address().orElse(null)).addNullable(header.location().areaId().orElse(null))
                .addNullable(header.location().gridId().orElse(null));
        c.addNullable(header.reporter().name().orElse(null)).addNullable(header.reporter().phone().orElse(null))
                .addNullable(header.secretaryId().orElse(null));
        c.add(IsoInstants.format(header.deadlines().respondBy())).add(IsoInstants.format(header.deadlines().resolveBy()));
        return c.toString();
    }

    /**
     * @param caseId the case
     * @param seq the entry's position
     * @param entry the entry
     * @return the canonical text that is hashed for it
     */
    public static String canonicalEntry(String caseId, int seq, AuditEntry entry) {
        return new Canonical().add("entry").add(caseId).add(seq).add(IsoInstants.format(entry.at())).add(entry.actor())
                .addNullable(entry.from().map(Enum::name).orElse(null)).add(entry.to().name()).add(entry.note())
                .addAll(entry.departments()).addNullable(entry.duplicateOf().orElse(null)).toString();
    }
}
