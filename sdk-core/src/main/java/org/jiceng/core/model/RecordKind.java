package org.jiceng.core.model;

import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The kinds of record a {@link Dataset} holds: the one list of kinds the SDK uses. A CSV file or a
 * spreadsheet sheet holds exactly one kind; a JSON dataset document or a workbook may hold several, one
 * section or sheet per kind. A {@code Registry} indexes every kind but {@link #EVENTS}, with ids unique
 * within a kind, and names the kind of the record at fault in each integrity problem.
 *
 * <p>Each kind has an English {@link #key()} (the name of the matching {@code Dataset} component, used
 * as JSON key, file stem and English sheet name) and a Chinese {@link #label()} (used as sheet name and
 * file stem in Chinese exports). Both are accepted on import.
 */
public enum RecordKind {
    /** Areas (区域). */
    AREAS("areas", "区域", Area.class),
    /** Party organisations (党组织). */
    ORGANIZATIONS("organizations", "党组织", PartyOrganization.class),
    /** Persons (人员). */
    PERSONS("persons", "人员", Person.class),
    /** Party-member records (党员). */
    PARTY_MEMBERS("partyMembers", "党员", PartyMember.class),
    /** Memberships (组织关系). */
    MEMBERSHIPS("memberships", "组织关系", Membership.class),
    /** Posts (岗位). */
    POSTS("posts", "岗位", Post.class),
    /** Community cadres (社区干部). */
    CADRES("cadres", "社区干部", Cadre.class),
    /** Stationed units (驻区单位). */
    STATIONED_UNITS("stationedUnits", "驻区单位", StationedUnit.class),
    /** Social organisations (社会组织). */
    SOCIAL_ORGANIZATIONS("socialOrganizations", "社会组织", SocialOrganization.class),
    /** Grids (网格). */
    GRIDS("grids", "网格", Grid.class),
    /** Events (活动记录). */
    EVENTS("events", "活动记录", Event.class);

    private final String key;
    private final String label;
    private final Class<? extends Record> recordType;

    RecordKind(String key, String label, Class<? extends Record> recordType) {
        this.key = key;
        this.label = label;
        this.recordType = recordType;
    }

    /** @return the English key, e.g. {@code "partyMembers"}, equal to the {@code Dataset} component name */
    public String key() {
        return key;
    }

    /** @return the Chinese label, e.g. {@code "党员"} */
    public String label() {
        return label;
    }

    /** @return the model record class of this kind */
    public Class<? extends Record> recordType() {
        return recordType;
    }

    /**
     * Finds a kind by English key, Chinese label or constant name, ignoring case and the separators
     * {@code -}, {@code _} and space, so that {@code party_members}, {@code PARTY-MEMBERS} and {@code 党员}
     * all match.
     *
     * @param name a key, label or constant name; null matches nothing
     * @return the kind, or empty when nothing matches
     */
    public static Optional<RecordKind> fromName(@Nullable String name) {
        if (name == null) {
            return Optional.empty();
        }
        String wanted = normalise(name);
        for (RecordKind kind : values()) {
            if (kind.label.equals(name.strip()) || normalise(kind.key).equals(wanted)
                    || normalise(kind.name()).equals(wanted)) {
                return Optional.of(kind);
            }
        }
        return Optional.empty();
    }

    /**
     * @param record a model record
     * @return the kind of that record
     * @throws IllegalArgumentException when the record type is not a dataset kind
     */
    public static RecordKind of(Record record) {
        for (RecordKind kind : values()) {
            if (kind.recordType.isInstance(record)) {
                return kind;
            }
        }
        throw new IllegalArgumentException("Not a dataset record type: "
                + (record == null ? "null" : record.getClass().getName()));
    }

    private static String normalise(String s) {
        return s.strip().replace("_", "").replace("-", "").replace(" ", "").toLowerCase(Locale.ROOT);
    }
}
