package org.jiceng.cases;

import static org.jiceng.core.model.Checks.nonNull;

import java.util.Optional;
import org.jiceng.core.privacy.Masking;
import org.jspecify.annotations.Nullable;

/**
 * Who reported a case, always masked: the constructor masks whatever it is given (masking is
 * idempotent, so masked values stay as they are), so no unmasked name or phone is ever held by a case.
 *
 * @param name the masked name ({@code 张**}), empty when anonymous
 * @param phone the masked phone ({@code 138****5678}), empty when not given
 */
public record Reporter(Optional<String> name, Optional<String> phone) {

    /**
     * Masks both parts.
     *
     * @param name the masked name ({@code 张**}), empty when anonymous
     * @param phone the masked phone ({@code 138****5678}), empty when not given
     */
    public Reporter {
        name = nonNull(name, "name").filter(s -> !s.isBlank()).map(Masking::name);
        phone = nonNull(phone, "phone").filter(s -> !s.isBlank()).map(Masking::phone);
    }

    /**
     * @param name the reporter's name (masked on the way in)
     * @param phone the reporter's phone (masked on the way in)
     * @return a reporter
     */
    public static Reporter of(@Nullable String name, @Nullable String phone) {
        return new Reporter(Optional.ofNullable(name), Optional.ofNullable(phone));
    }

    /** @return an anonymous reporter */
    public static Reporter anonymous() {
        return new Reporter(Optional.empty(), Optional.empty());
    }

    /** @return true when neither name nor phone is known */
    public boolean isAnonymous() {
        return name.isEmpty() && phone.isEmpty();
    }
}
