package org.jiceng.io;

/** The language of column headers, sheet names and enum values written by an export. */
public enum HeaderLanguage {
    /** Chinese headers ({@code 姓名}, {@code 身份证号}) and Chinese enum labels ({@code 正式}). */
    CHINESE,
    /** English headers ({@code name}, {@code idNumber}) and enum constant names ({@code FULL}). */
    ENGLISH
}
