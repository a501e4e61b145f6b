package org.jiceng.io.mapping;

/**
 * Whether a column holds personal data, and how it is masked (with {@link org.jiceng.core.privacy.Masking})
 * in exports unless {@link org.jiceng.io.ExportOptions#unmasked()} is asked for, and in the values that
 * import reports echo.
 */
public enum PersonalData {
    /**
     * Decided by the component's constraints: {@code @ChineseIdNumber} masks as {@link #ID_NUMBER},
     * {@code @PhoneNumber} as {@link #PHONE}; otherwise not personal.
     */
    AUTO,
    /** Not personal: never masked. */
    NONE,
    /** A resident ID number: the first 6 and last 4 characters kept ({@code 110105********002X}). */
    ID_NUMBER,
    /** A phone number: the first 3 and last 4 digits kept ({@code 138****5678}). */
    PHONE,
    /** A personal name: the first character kept ({@code 张**}). */
    NAME
}
