package org.jiceng.core.model;

import static org.jiceng.core.model.Checks.list;

import jakarta.validation.Valid;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * An immutable bag of model records of every kind, as read from files or generated: the unit that
 * importers produce, exporters write and {@code Registry} indexes. Validating a dataset validates
 * every record in it; a dataset is not checked for referential integrity: building a registry from it is.
 *
 * @param areas areas
 * @param organizations party organisations
 * @param persons persons
 * @param partyMembers party-member records
 * @param memberships memberships
 * @param posts posts
 * @param cadres cadres
 * @param stationedUnits stationed units
 * @param socialOrganizations social organisations
 * @param grids grids
 * @param events events
 */
public record Dataset(
        List<@Valid Area> areas,
        List<@Valid PartyOrganization> organizations,
        List<@Valid Person> persons,
        List<@Valid PartyMember> partyMembers,
        List<@Valid Membership> memberships,
        List<@Valid Post> posts,
        List<@Valid Cadre> cadres,
        List<@Valid StationedUnit> stationedUnits,
        List<@Valid SocialOrganization> socialOrganizations,
        List<@Valid Grid> grids,
        List<@Valid Event> events) {

    /**
     * Copies every list; absent lists become empty.
     *
     * @param areas areas
     * @param organizations party organisations
     * @param persons persons
     * @param partyMembers party-member records
     * @param memberships memberships
     * @param posts posts
     * @param cadres cadres
     * @param stationedUnits stationed units
     * @param socialOrganizations social organisations
     * @param grids grids
     * @param events events
     */
    public Dataset {
        areas = list(areas, "areas");
        organizations = list(organizations, "organizations");
        persons = list(persons, "persons");
        partyMembers = list(partyMembers, "partyMembers");
        memberships = list(memberships, "memberships");
        posts = list(posts, "posts");
        cadres = list(cadres, "cadres");
        stationedUnits = list(stationedUnits, "stationedUnits");
        socialOrganizations = list(socialOrganizations, "socialOrganizations");
        grids = list(grids, "grids");
        events = list(events, "events");
    }

    /** @return a dataset with no records */
    public static Dataset empty() {
        return builder().build();
    }

    /** @return a builder for a new dataset */
    public static Builder builder() {
        return new Builder();
    }

    /** @return a builder pre-filled with this dataset's records */
    public Builder toBuilder() {
        return new Builder().addAll(this);
    }

    /** @return every record, in the order of the components */
    public Stream<Record> records() {
        return Stream.of(areas, organizations, persons, partyMembers, memberships, posts, cadres, stationedUnits,
                socialOrganizations, grids, events).flatMap(List::stream);
    }

    /** @return the total number of records */
    public int size() {
        return (int) records().count();
    }

    /** A mutable builder; {@link #add(Record)} dispatches on the record type. */
    public static final class Builder {
        private final List<Area> areas = new ArrayList<>();
        private final List<PartyOrganization> organizations = new ArrayList<>();
        private final List<Person> persons = new ArrayList<>();
        private final List<PartyMember> partyMembers = new ArrayList<>();
        private final List<Membership> memberships = new ArrayList<>();
        private final List<Post> posts = new ArrayList<>();
        private final List<Cadre> cadres = new ArrayList<>();
        private final List<StationedUnit> stationedUnits = new ArrayList<>();
        private final List<SocialOrganization> socialOrganizations = new ArrayList<>();
        private final List<Grid> grids = new ArrayList<>();
        private final List<Event> events = new ArrayList<>();

        private Builder() {
        }

        /**
         * Adds one model record to the list of its kind.
         *
         * @param record an {@link Area}, {@link PartyOrganization}, {@link Person}, {@link PartyMember},
         *     {@link Membership}, {@link Post}, {@link Cadre}, {@link StationedUnit},
         *     {@link SocialOrganization}, {@link Grid} or {@link Event}
         * @return this builder
         * @throws IllegalArgumentException for any other record type
         */
        public Builder add(Record record) {
            if (record instanceof Area r) {
                areas.add(r);
            } else if (record instanceof PartyOrganization r) {
                organizations.add(r);
            } else if (record instanceof Person r) {
                persons.add(r);
            } else if (record instanceof PartyMember r) {
                partyMembers.add(r);
            } else if (record instanceof Membership r) {
                memberships.add(r);
            } else if (record instanceof Post r) {
                posts.add(r);
            } else if (record instanceof Cadre r) {
                cadres.add(r);
            } else if (record instanceof StationedUnit r) {
                stationedUnits.add(r);
            } else if (record instanceof SocialOrganization r) {
                socialOrganizations.add(r);
            } else if (record instanceof Grid r) {
                grids.add(r);
            } else if (record instanceof Event r) {
                events.add(r);
            } else {
                throw new IllegalArgumentException("Not a dataset record type: "
                        + (record == null ? "null" : record.getClass().getName()));
            }
            return this;
        }

        /**
         * @param records records of any dataset kind
         * @return this builder
         */
        public Builder addAll(Iterable<? extends Record> records) {
            records.forEach(this::add);
            return this;
        }

        /**
         * @param other a dataset whose records are appended
         * @return this builder
         */
        public Builder addAll(Dataset other) {
            other.records().forEach(this::add);
            return this;
        }

        /** @return the dataset */
        public Dataset build() {
            return new Dataset(areas, organizations, persons, partyMembers, memberships, posts, cadres,
                    stationedUnits, socialOrganizations, grids, events);
        }
    }
}
