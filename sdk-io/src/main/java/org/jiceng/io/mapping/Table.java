package org.jiceng.io.mapping;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the table of an annotated record or class: the sheet name of a workbook and the file stem of an
 * export. Without it the Chinese name and the English key are the simple class name.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface Table {

    /** @return the Chinese name, e.g. {@code 居民}: the sheet name of Chinese exports */
    String value();

    /** @return the English key, e.g. {@code residents}: the sheet name of English exports, the JSON section */
    String key() default "";
}
