package org.jiceng.core.registry;

/** The kinds of dataset record a {@link Registry} indexes; ids are unique within a kind. */
public enum RecordKind {
    /** {@link org.jiceng.core.model.Area}. */
    AREA,
    /** {@link org.jiceng.core.model.PartyOrganization}. */
    ORGANIZATION,
    /** {@link org.jiceng.core.model.Person}. */
    PERSON,
    /** {@link org.jiceng.core.model.PartyMember}, identified by its person id. */
    PARTY_MEMBER,
    /** {@link org.jiceng.core.model.Membership}. */
    MEMBERSHIP,
    /** {@link org.jiceng.core.model.Post}. */
    POST,
    /** {@link org.jiceng.core.model.Cadre}, identified by its person id. */
    CADRE,
    /** {@link org.jiceng.core.model.StationedUnit}. */
    STATIONED_UNIT,
    /** {@link org.jiceng.core.model.SocialOrganization}. */
    SOCIAL_ORGANIZATION,
    /** {@link org.jiceng.core.model.Grid}. */
    GRID
}
