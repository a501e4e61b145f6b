package org.jiceng.cases.store;

import java.lang.reflect.InvocationTargetException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.Provider;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The hash function that chains trail entries. SHA-256 comes with the JDK; SM3 (GB/T 32905, for
 * 密评 deployments) needs BouncyCastle ({@code org.bouncycastle:bcprov-jdk18on}) on the class path.
 */
public enum HashAlgorithm {
    /** SHA-256 (FIPS 180-4), the default. */
    SHA_256("SHA-256"),
    /** SM3 (GB/T 32905-2016) through BouncyCastle. */
    SM3("SM3");

    private static final String BOUNCY_CASTLE = "org.bouncycastle.jce.provider.BouncyCastleProvider";

    private final String jcaName;

    HashAlgorithm(String jcaName) {
        this.jcaName = jcaName;
    }

    /** @return the name stored with every case, e.g. {@code SHA-256} */
    public String jcaName() {
        return jcaName;
    }

    /**
     * @return a new digest
     * @throws IllegalStateException when SM3 is asked for and BouncyCastle is not on the class path
     */
    public MessageDigest newDigest() {
        try {
            if (this == SHA_256) {
                return MessageDigest.getInstance(jcaName);
            }
            return MessageDigest.getInstance(jcaName, BouncyCastleHolder.PROVIDER);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("Hash algorithm " + jcaName + " is not available: " + e.getMessage(), e);
        }
    }

    /**
     * @param name a stored name ({@code SHA-256}, {@code SM3}) or constant name; null (a missing column) is unknown
     * @return the algorithm, or empty when unknown
     */
    public static Optional<HashAlgorithm> parse(@Nullable String name) {
        String n = name == null ? "" : name.strip().toUpperCase(Locale.ROOT);
        return Arrays.stream(values()).filter(a -> a.jcaName.equals(n) || a.name().equals(n)).findFirst();
    }

    /** Loads BouncyCastle once, on first use of SM3. */
    private static final class BouncyCastleHolder {
        private static final Provider PROVIDER = load();

        private static Provider load() {
            try {
                return (Provider) Class.forName(BOUNCY_CASTLE).getDeclaredConstructor().newInstance();
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException("SM3 needs BouncyCastle: add org.bouncycastle:bcprov-jdk18on to the"
                        + " class path (SM3 哈希需要 BouncyCastle)", e);
            } catch (ReflectiveOperationException | RuntimeException e) {
                Throwable cause = e instanceof InvocationTargetException ite ? ite.getCause() : e;
                throw new IllegalStateException("Could not create the BouncyCastle provider: " + cause, cause);
            }
        }
    }
}
