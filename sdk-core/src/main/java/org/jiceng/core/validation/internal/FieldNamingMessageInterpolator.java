package org.jiceng.core.validation.internal;

import jakarta.validation.MessageInterpolator;
import jakarta.validation.Path;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import org.hibernate.validator.messageinterpolation.HibernateMessageInterpolatorContext;
import org.hibernate.validator.messageinterpolation.ResourceBundleMessageInterpolator;
import org.hibernate.validator.resourceloading.PlatformResourceBundleLocator;

/**
 * Interpolates messages in one fixed locale from every {@code ValidationMessages} bundle on the class
 * path (aggregated, so that modules and applications can ship their own without shadowing the SDK's)
 * and prefixes each message with the field it is about, e.g. {@code idNumber: ...}. Not API.
 */
public final class FieldNamingMessageInterpolator implements MessageInterpolator {

    private final Locale locale;
    private final MessageInterpolator delegate;

    /**
     * @param locale the locale of every message
     */
    public FieldNamingMessageInterpolator(Locale locale) {
        this.locale = Objects.requireNonNull(locale, "locale");
        PlatformResourceBundleLocator userBundles = new PlatformResourceBundleLocator(
                "ValidationMessages", Set.of(locale), FieldNamingMessageInterpolator.class.getClassLoader(), true);
        this.delegate = new ResourceBundleMessageInterpolator(userBundles, Set.of(locale), locale,
                defaultLocale -> locale, false);
    }

    @Override
    public String interpolate(String messageTemplate, Context context) {
        return interpolate(messageTemplate, context, locale);
    }

    @Override
    public String interpolate(String messageTemplate, Context context, Locale ignored) {
        String message = delegate.interpolate(messageTemplate, context, locale);
        String field = context instanceof HibernateMessageInterpolatorContext hibernate
                ? fieldName(hibernate.getPropertyPath()) : "";
        return field.isEmpty() ? message : field + ": " + message;
    }

    /** @return the property path without container-element nodes such as {@code <optional element>} */
    static String fieldName(Path path) {
        StringBuilder name = new StringBuilder();
        for (Path.Node node : path) {
            // An index or key sits on the node after the container it belongs to.
            if (node.isInIterable()) {
                Object position = node.getIndex() != null ? node.getIndex() : node.getKey();
                name.append('[').append(position == null ? "" : position).append(']');
            }
            String nodeName = node.getName();
            if (nodeName != null && !nodeName.isEmpty() && !nodeName.startsWith("<")) {
                name.append(name.length() == 0 ? "" : ".").append(nodeName);
            }
        }
        return name.toString();
    }
}
