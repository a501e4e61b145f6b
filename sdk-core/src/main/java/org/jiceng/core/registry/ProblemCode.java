package org.jiceng.core.registry;

/** The integrity rules a dataset is checked against when a {@link Registry} is built. */
public enum ProblemCode {
    /** Two records of the same kind share an id; the first one is indexed, later ones are reported. */
    DUPLICATE_ID,
    /** An area, organisation or grid names a parent that does not exist. */
    UNKNOWN_PARENT,
    /** Parent links form a cycle; reported once per cycle on its first record, whose parent link is cut. */
    PARENT_CYCLE,
    /** A reference to an area that does not exist (organisation, person, post, cadre, unit, grid...). */
    UNKNOWN_AREA,
    /** A reference to an organisation that does not exist (membership, post, seated organisation, unit...). */
    UNKNOWN_ORGANIZATION,
    /** A reference to a person that does not exist (membership, party member, cadre, grid worker). */
    UNKNOWN_PERSON,
    /** A membership names a post that does not exist. */
    UNKNOWN_POST,
    /** A membership starts before its organisation was founded or ends after it was dissolved. */
    MEMBERSHIP_OUTSIDE_ORGANIZATION_LIFE,
    /** A person is a member (role 党员) of two different 党支部 on the same day. */
    OVERLAPPING_BRANCH_MEMBERSHIP,
    /** A person holds the same role in the same organisation twice over overlapping dates. */
    DUPLICATE_MEMBERSHIP,
    /** An area is not at a lower level than its parent (e.g. a community whose parent is a building). */
    AREA_LEVEL_NOT_BELOW_PARENT,
    /** An area's division code is not inside its parent area's division code. */
    DIVISION_CODE_NOT_UNDER_PARENT
}
