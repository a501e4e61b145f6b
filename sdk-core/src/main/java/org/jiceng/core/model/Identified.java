package org.jiceng.core.model;

/**
 * A model record with a stable identifier, unique among records of its kind in a registry.
 */
public interface Identified {

    /** @return the identifier, never blank */
    String id();
}
