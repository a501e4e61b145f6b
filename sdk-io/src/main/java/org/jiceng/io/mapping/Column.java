package org.jiceng.io.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Maps a record component, or a field of a class with a public no-argument constructor, to a table column,
 * as EasyExcel's {@code @ExcelProperty} does:
 * <pre>{@code
 * record Resident(
 *         @Column("姓名") @NotBlank String name,
 *         @Column(value = "身份证号", aliases = {"公民身份号码", "ID number"}) @ChineseIdNumber String idNumber,
 *         @Column(value = "联系电话", required = false) Optional<@PhoneNumber String> phone) { }
 * }</pre>
 *
 * <p>On a class the annotation goes on the field ({@code @Column("姓名") private String name;}). A component
 * or instance field without the annotation is a column too, headed by its name. Every column is
 * also matched by its component name (the English header, used by English exports); case, spaces,
 * {@code _}, {@code -} and {@code *} are ignored when headers are matched.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.RECORD_COMPONENT, ElementType.FIELD})
public @interface Column {

    /** @return the header (Chinese in a Chinese table), written by Chinese exports and matched on import */
    String value();

    /** @return further headers accepted on import, e.g. {@code {"公民身份号码", "ID number"}} */
    String[] aliases() default {};

    /**
     * @return the column's place: columns are written in ascending order, then in declaration order;
     *     columns without an order come after those with one
     */
    int order() default Integer.MAX_VALUE;

    /**
     * @return whether an empty cell rejects the row; an {@code Optional} component is never required.
     *     A primitive component ({@code int}, {@code long}, {@code boolean}) must be required: use its
     *     wrapper in an {@code Optional} for an optional column
     */
    boolean required() default true;

    /**
     * @return whether and how the value is personal data, masked on export and in error reports;
     *     {@link PersonalData#AUTO} by default: a component constrained by {@code @ChineseIdNumber} is
     *     masked as an ID number, one constrained by {@code @PhoneNumber} as a phone number
     */
    PersonalData personal() default PersonalData.AUTO;
}
