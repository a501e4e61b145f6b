package org.jiceng.core.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.Cadre;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Grid;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.OrganizationType;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Post;
import org.jiceng.core.model.Role;
import org.jiceng.core.model.SocialOrganization;
import org.jiceng.core.model.StationedUnit;
import org.jiceng.core.registry.internal.Csr;
import org.jiceng.core.registry.internal.RecordTable;

/**
 * An immutable, indexed snapshot of a {@link Dataset}: lookups by id, area and organisation
 * hierarchies, members of an organisation on a date, organisations and grids of an area.
 *
 * <p>Building checks the dataset's integrity and reports every problem at once
 * ({@link #build(Dataset)}), or refuses an inconsistent dataset ({@link #buildStrict(Dataset)}). The
 * registry is usable either way: of records sharing an id the first is indexed, dangling references
 * are not linked, and parent cycles are cut at the record reported, so that walks up a hierarchy
 * always end.
 *
 * <p>Indexes are primitive: ids map to dense int indices through open-addressing int tables, and
 * one-to-many relations are stored as two int arrays each (compressed sparse rows), so the
 * registry's own footprint is a few dozen bytes per record on top of the records. Events are not
 * indexed. Lookups with an unknown id return an empty result. Thread-safe.
 *
 * <pre>{@code
 * RegistryBuild build = Registry.build(dataset);
 * build.report().problems().forEach(System.out::println);
 * List<Membership> members = build.registry().membersOf("branch-1", LocalDate.of(2024, 7, 1));
 * }</pre>
 */
public final class Registry {

    private final RecordTable<Area> areas;
    private final RecordTable<PartyOrganization> organizations;
    private final RecordTable<Person> persons;
    private final RecordTable<PartyMember> partyMembers;
    private final RecordTable<Membership> memberships;
    private final RecordTable<Post> posts;
    private final RecordTable<Cadre> cadres;
    private final RecordTable<StationedUnit> stationedUnits;
    private final RecordTable<SocialOrganization> socialOrganizations;
    private final RecordTable<Grid> grids;

    private final int[] areaParent;
    private final Csr areaChildren;
    private final int[] organizationParent;
    private final Csr organizationChildren;
    private final Csr organizationsByArea;
    private final Csr postsByOrganization;
    private final int[] membershipOrganization;
    private final int[] membershipFrom;
    private final int[] membershipTo;
    private final Csr membershipsByOrganization;
    private final Csr membershipsByPerson;
    private final Csr gridsByArea;

    private Registry(RegistryIndexer indexer) {
        areas = indexer.areas;
        organizations = indexer.organizations;
        persons = indexer.persons;
        partyMembers = indexer.partyMembers;
        memberships = indexer.memberships;
        posts = indexer.posts;
        cadres = indexer.cadres;
        stationedUnits = indexer.stationedUnits;
        socialOrganizations = indexer.socialOrganizations;
        grids = indexer.grids;
        areaParent = indexer.areaParent;
        areaChildren = indexer.areaChildren;
        organizationParent = indexer.organizationParent;
        organizationChildren = indexer.organizationChildren;
        organizationsByArea = indexer.organizationsByArea;
        postsByOrganization = indexer.postsByOrganization;
        membershipOrganization = indexer.membershipOrganization;
        membershipFrom = indexer.membershipFrom;
        membershipTo = indexer.membershipTo;
        membershipsByOrganization = indexer.membershipsByOrganization;
        membershipsByPerson = indexer.membershipsByPerson;
        gridsByArea = indexer.gridsByArea;
    }

    /**
     * Indexes a dataset and checks its integrity.
     *
     * @param dataset the records
     * @return the registry and the report of every integrity problem (empty when consistent)
     */
    public static RegistryBuild build(Dataset dataset) {
        Objects.requireNonNull(dataset, "dataset");
        RegistryIndexer indexer = new RegistryIndexer(dataset);
        return new RegistryBuild(new Registry(indexer), new IntegrityReport(indexer.problems));
    }

    /**
     * Indexes a dataset that must be consistent.
     *
     * @param dataset the records
     * @return the registry
     * @throws IntegrityException carrying the full report when there is any integrity problem
     */
    public static Registry buildStrict(Dataset dataset) {
        RegistryBuild build = build(dataset);
        if (!build.report().isClean()) {
            throw new IntegrityException(build.report());
        }
        return build.registry();
    }

    // ---- lookups by id -------------------------------------------------------------------------

    /**
     * @param id an area id
     * @return the area
     */
    public Optional<Area> area(String id) {
        return areas.get(id);
    }

    /**
     * @param id an organisation id
     * @return the organisation
     */
    public Optional<PartyOrganization> organization(String id) {
        return organizations.get(id);
    }

    /**
     * @param id a person id
     * @return the person
     */
    public Optional<Person> person(String id) {
        return persons.get(id);
    }

    /**
     * @param personId a person id
     * @return the person's party-member record
     */
    public Optional<PartyMember> partyMember(String personId) {
        return partyMembers.get(personId);
    }

    /**
     * @param id a membership id
     * @return the membership
     */
    public Optional<Membership> membership(String id) {
        return memberships.get(id);
    }

    /**
     * @param id a post id
     * @return the post
     */
    public Optional<Post> post(String id) {
        return posts.get(id);
    }

    /**
     * @param personId a person id
     * @return the person's cadre record
     */
    public Optional<Cadre> cadre(String personId) {
        return cadres.get(personId);
    }

    /**
     * @param id a stationed unit id
     * @return the unit
     */
    public Optional<StationedUnit> stationedUnit(String id) {
        return stationedUnits.get(id);
    }

    /**
     * @param id a social organisation id
     * @return the social organisation
     */
    public Optional<SocialOrganization> socialOrganization(String id) {
        return socialOrganizations.get(id);
    }

    /**
     * @param id a grid id
     * @return the grid
     */
    public Optional<Grid> grid(String id) {
        return grids.get(id);
    }

    // ---- all records of a kind -----------------------------------------------------------------

    /** @return every indexed area (first of each id), in dataset order */
    public List<Area> areas() {
        return areas.all();
    }

    /** @return every indexed organisation, in dataset order */
    public List<PartyOrganization> organizations() {
        return organizations.all();
    }

    /** @return every indexed person, in dataset order */
    public List<Person> persons() {
        return persons.all();
    }

    /** @return every indexed party-member record, in dataset order */
    public List<PartyMember> partyMembers() {
        return partyMembers.all();
    }

    /** @return every indexed membership, in dataset order */
    public List<Membership> memberships() {
        return memberships.all();
    }

    /** @return every indexed post, in dataset order */
    public List<Post> posts() {
        return posts.all();
    }

    /** @return every indexed cadre, in dataset order */
    public List<Cadre> cadres() {
        return cadres.all();
    }

    /** @return every indexed stationed unit, in dataset order */
    public List<StationedUnit> stationedUnits() {
        return stationedUnits.all();
    }

    /** @return every indexed social organisation, in dataset order */
    public List<SocialOrganization> socialOrganizations() {
        return socialOrganizations.all();
    }

    /** @return every indexed grid, in dataset order */
    public List<Grid> grids() {
        return grids.all();
    }

    // ---- hierarchies ---------------------------------------------------------------------------

    /**
     * @param areaId an area id
     * @return its direct children, in dataset order
     */
    public List<Area> childAreas(String areaId) {
        int a = areas.indexOf(areaId);
        return a < 0 ? List.of() : areas.pick(areaChildren.itemsOf(a));
    }

    /**
     * @param areaId an area id
     * @return its parent, grandparent and so on up to the root (nearest first)
     */
    public List<Area> areaAncestors(String areaId) {
        return areas.pick(ancestors(areaParent, areas.indexOf(areaId)));
    }

    /**
     * @param areaId an area id
     * @return every area below it, breadth first
     */
    public List<Area> descendantAreas(String areaId) {
        int a = areas.indexOf(areaId);
        if (a < 0) {
            return List.of();
        }
        int[] queue = new int[16];
        int size = 0;
        int head = -1;
        int current = a;
        while (true) {
            for (int k = areaChildren.from(current); k < areaChildren.to(current); k++) {
                if (size == queue.length) {
                    queue = Arrays.copyOf(queue, size * 2);
                }
                queue[size++] = areaChildren.item(k);
            }
            if (++head >= size) {
                break;
            }
            current = queue[head];
        }
        return areas.pick(Arrays.copyOf(queue, size));
    }

    /**
     * @param organizationId an organisation id
     * @return its direct subordinate organisations, in dataset order
     */
    public List<PartyOrganization> childOrganizations(String organizationId) {
        int o = organizations.indexOf(organizationId);
        return o < 0 ? List.of() : organizations.pick(organizationChildren.itemsOf(o));
    }

    /**
     * @param organizationId an organisation id
     * @return its superior, the superior's superior and so on up to the root (nearest first)
     */
    public List<PartyOrganization> organizationAncestors(String organizationId) {
        return organizations.pick(ancestors(organizationParent, organizations.indexOf(organizationId)));
    }

    // ---- relations -----------------------------------------------------------------------------

    /**
     * @param organizationId an organisation id
     * @param day a date
     * @return the memberships of the organisation that hold on {@code day} (any role), in dataset order
     */
    public List<Membership> membersOf(String organizationId, LocalDate day) {
        int o = organizations.indexOf(organizationId);
        if (o < 0) {
            return List.of();
        }
        int d = (int) day.toEpochDay();
        int from = membershipsByOrganization.from(o);
        int to = membershipsByOrganization.to(o);
        int[] hits = new int[to - from];
        int n = 0;
        for (int k = from; k < to; k++) {
            int m = membershipsByOrganization.item(k);
            if (membershipFrom[m] <= d && d < membershipTo[m]) {
                hits[n++] = m;
            }
        }
        return memberships.pick(n == hits.length ? hits : Arrays.copyOf(hits, n));
    }

    /**
     * @param organizationId an organisation id
     * @return every membership of the organisation, past, present and future, in dataset order
     */
    public List<Membership> membershipsOf(String organizationId) {
        int o = organizations.indexOf(organizationId);
        return o < 0 ? List.of() : memberships.pick(membershipsByOrganization.itemsOf(o));
    }

    /**
     * @param personId a person id
     * @return every membership of the person, in dataset order
     */
    public List<Membership> membershipsOfPerson(String personId) {
        int p = persons.indexOf(personId);
        return p < 0 ? List.of() : memberships.pick(membershipsByPerson.itemsOf(p));
    }

    /**
     * @param personId a person id
     * @param day a date
     * @return the 党支部 the person belongs to as a member (role 党员) on {@code day}; with overlapping
     *     branch memberships (an integrity problem), the earliest in dataset order
     */
    public Optional<PartyOrganization> branchOf(String personId, LocalDate day) {
        int p = persons.indexOf(personId);
        if (p < 0) {
            return Optional.empty();
        }
        int d = (int) day.toEpochDay();
        for (int k = membershipsByPerson.from(p); k < membershipsByPerson.to(p); k++) {
            int m = membershipsByPerson.item(k);
            int o = membershipOrganization[m];
            if (o >= 0 && membershipFrom[m] <= d && d < membershipTo[m] && memberships.at(m).role() == Role.MEMBER
                    && organizations.at(o).type() == OrganizationType.BRANCH) {
                return Optional.of(organizations.at(o));
            }
        }
        return Optional.empty();
    }

    /**
     * @param areaId an area id
     * @return the organisations whose {@code areaId} is that area, in dataset order
     */
    public List<PartyOrganization> organizationsOfArea(String areaId) {
        int a = areas.indexOf(areaId);
        return a < 0 ? List.of() : organizations.pick(organizationsByArea.itemsOf(a));
    }

    /**
     * @param areaId an area id
     * @return the grids dividing that area, in dataset order
     */
    public List<Grid> gridsOfArea(String areaId) {
        int a = areas.indexOf(areaId);
        return a < 0 ? List.of() : grids.pick(gridsByArea.itemsOf(a));
    }

    /**
     * @param organizationId an organisation id
     * @return the posts of the organisation, in dataset order
     */
    public List<Post> postsOf(String organizationId) {
        int o = organizations.indexOf(organizationId);
        return o < 0 ? List.of() : posts.pick(postsByOrganization.itemsOf(o));
    }

    private static int[] ancestors(int[] parent, int start) {
        if (start < 0) {
            return new int[0];
        }
        List<Integer> chain = new ArrayList<>();
        for (int node = parent[start]; node >= 0; node = parent[node]) {
            chain.add(node);
        }
        return chain.stream().mapToInt(Integer::intValue).toArray();
    }

    @Override
    public String toString() {
        return "Registry[areas=" + areas.size() + ", organizations=" + organizations.size() + ", persons="
                + persons.size() + ", partyMembers=" + partyMembers.size() + ", memberships=" + memberships.size()
                + ", posts=" + posts.size() + ", grids=" + grids.size() + "]";
    }
}
