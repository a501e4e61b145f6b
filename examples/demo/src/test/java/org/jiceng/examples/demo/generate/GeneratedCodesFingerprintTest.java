package org.jiceng.examples.demo.generate;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.jiceng.core.model.Dataset;
import org.junit.jupiter.api.Test;

/**
 * The generator's ID numbers and credit codes for seed 42 are exactly the ones it produced when the demo
 * still computed check characters itself (its own {@code GbCodes}, replaced by the SDK's
 * {@code IdNumbers} and {@code CreditCodes}): the fingerprint was taken with the old code, so the demo's
 * output for the same seed did not change.
 */
class GeneratedCodesFingerprintTest {

    /** SHA-256 over every person's ID number and every unit's credit code, in dataset order. */
    static String fingerprint(Dataset d) {
        try {
            MessageDigest sha = MessageDigest.getInstance("SHA-256");
            d.persons().forEach(p -> sha.update((p.id() + "=" + p.idNumber().orElse("-") + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            d.stationedUnits().forEach(u -> sha.update((u.id() + "=" + u.creditCode().orElse("-") + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            d.socialOrganizations().forEach(o -> sha.update((o.id() + "=" + o.creditCode().orElse("-") + "\n")
                    .getBytes(StandardCharsets.UTF_8)));
            return HexFormat.of().formatHex(sha.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void idNumbersAndCreditCodesForSeed42AreUnchanged() {
        GeneratedDistrict xishan = DistrictGenerator.generate(DistrictSpec.xishan(), 42L);

        assertThat(xishan.dataset().persons()).isNotEmpty();
        assertThat(xishan.dataset().stationedUnits()).isNotEmpty();
        assertThat(fingerprint(xishan.dataset())).isEqualTo("8323386647e98d197fc0408f342306a7d3606b3092ab5843fdf9f21598fc4359");
    }
}
