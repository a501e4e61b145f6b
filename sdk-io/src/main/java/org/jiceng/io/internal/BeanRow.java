package org.jiceng.io.internal;

import java.util.Objects;

/**
 * A row of a JavaBean-style class on its way through the format SPI, whose readers and writers pass records:
 * the importer unwraps it before validation and delivery, the exporter wraps each bean before writing. Not API.
 *
 * @param bean the bean
 */
public record BeanRow(Object bean) {

    /**
     * Checks the bean is present.
     *
     * @param bean the bean
     */
    public BeanRow {
        Objects.requireNonNull(bean, "bean");
    }
}
