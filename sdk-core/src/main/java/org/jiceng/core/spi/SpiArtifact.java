package org.jiceng.core.spi;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names, on an SPI interface, the Maven artifact(s) that ship its built-in providers. {@link Plugins}
 * quotes it when a requested provider is missing, so the error tells the user what to add.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface SpiArtifact {

    /**
     * Maven coordinates ({@code groupId:artifactId}) of the artifacts that provide implementations.
     *
     * @return one or more coordinates
     */
    String[] value();
}
