package org.jiceng.core.registry;

import org.jiceng.core.model.RecordKind;
import java.util.Locale;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.Cadre;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.Grid;
import org.jiceng.core.model.Identified;
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
import org.jiceng.core.validation.DivisionCodes;

/**
 * Builds the indexes of a {@link Registry} from a dataset in linear time (plus a sort of each person's
 * branch memberships) and collects every integrity problem on the way.
 */
final class RegistryIndexer {

    /** Exclusive end day of an open-ended membership. */
    static final int OPEN_END = Integer.MAX_VALUE;

    final List<IntegrityProblem> problems = new ArrayList<>();

    final RecordTable<Area> areas;
    final RecordTable<PartyOrganization> organizations;
    final RecordTable<Person> persons;
    final RecordTable<PartyMember> partyMembers;
    final RecordTable<Membership> memberships;
    final RecordTable<Post> posts;
    final RecordTable<Cadre> cadres;
    final RecordTable<StationedUnit> stationedUnits;
    final RecordTable<SocialOrganization> socialOrganizations;
    final RecordTable<Grid> grids;

    final int[] areaParent;
    final Csr areaChildren;
    final int[] organizationParent;
    final Csr organizationChildren;
    final Csr organizationsByArea;
    final Csr postsByOrganization;
    final int[] membershipOrganization;
    final int[] membershipFrom;
    final int[] membershipTo;
    final Csr membershipsByOrganization;
    final Csr membershipsByPerson;
    final Csr gridsByArea;

    RegistryIndexer(Dataset dataset) {
        areas = RecordTable.of(dataset.areas(), Area[]::new, (r, i) -> duplicate(RecordKind.AREAS, r, i));
        organizations = RecordTable.of(dataset.organizations(), PartyOrganization[]::new,
                (r, i) -> duplicate(RecordKind.ORGANIZATIONS, r, i));
        persons = RecordTable.of(dataset.persons(), Person[]::new, (r, i) -> duplicate(RecordKind.PERSONS, r, i));
        partyMembers = RecordTable.of(dataset.partyMembers(), PartyMember[]::new,
                (r, i) -> duplicate(RecordKind.PARTY_MEMBERS, r, i));
        memberships = RecordTable.of(dataset.memberships(), Membership[]::new,
                (r, i) -> duplicate(RecordKind.MEMBERSHIPS, r, i));
        posts = RecordTable.of(dataset.posts(), Post[]::new, (r, i) -> duplicate(RecordKind.POSTS, r, i));
        cadres = RecordTable.of(dataset.cadres(), Cadre[]::new, (r, i) -> duplicate(RecordKind.CADRES, r, i));
        stationedUnits = RecordTable.of(dataset.stationedUnits(), StationedUnit[]::new,
                (r, i) -> duplicate(RecordKind.STATIONED_UNITS, r, i));
        socialOrganizations = RecordTable.of(dataset.socialOrganizations(), SocialOrganization[]::new,
                (r, i) -> duplicate(RecordKind.SOCIAL_ORGANIZATIONS, r, i));
        grids = RecordTable.of(dataset.grids(), Grid[]::new, (r, i) -> duplicate(RecordKind.GRIDS, r, i));

        areaParent = parents(areas, Area::parentId, RecordKind.AREAS);
        boolean[] areaInCycle = cutCycles(areaParent, areas, RecordKind.AREAS);
        checkAreaHierarchy(areaInCycle);
        areaChildren = Csr.group(areaParent, areas.size());

        organizationParent = parents(organizations, PartyOrganization::parentId, RecordKind.ORGANIZATIONS);
        cutCycles(organizationParent, organizations, RecordKind.ORGANIZATIONS);
        organizationChildren = Csr.group(organizationParent, organizations.size());
        int[] organizationArea = new int[organizations.size()];
        int[] organizationFounded = new int[organizations.size()];
        int[] organizationDissolved = new int[organizations.size()];
        for (int o = 0; o < organizations.size(); o++) {
            PartyOrganization organization = organizations.at(o);
            organizationFounded[o] = organization.founded().isPresent()
                    ? (int) organization.founded().get().toEpochDay() : Integer.MIN_VALUE;
            organizationDissolved[o] = organization.dissolved().isPresent()
                    ? (int) organization.dissolved().get().toEpochDay() : OPEN_END;
            organizationArea[o] = areaRef(RecordKind.ORGANIZATIONS, organization, "areaId", organization.areaId());
            for (String seated : organization.memberOrganizationIds()) {
                organizationRef(RecordKind.ORGANIZATIONS, organization, "memberOrganizationIds", Optional.of(seated));
            }
        }
        organizationsByArea = Csr.group(organizationArea, areas.size());

        for (int p = 0; p < persons.size(); p++) {
            areaRef(RecordKind.PERSONS, persons.at(p), "homeAreaId", persons.at(p).homeAreaId());
        }
        for (int m = 0; m < partyMembers.size(); m++) {
            personRef(RecordKind.PARTY_MEMBERS, partyMembers.at(m), "personId", partyMembers.at(m).personId());
        }

        int[] postOrganization = new int[posts.size()];
        for (int p = 0; p < posts.size(); p++) {
            Post post = posts.at(p);
            postOrganization[p] = organizationRef(RecordKind.POSTS, post, "organizationId",
                    Optional.of(post.organizationId()));
            areaRef(RecordKind.POSTS, post, "areaId", post.areaId());
        }
        postsByOrganization = Csr.group(postOrganization, organizations.size());

        int count = memberships.size();
        membershipOrganization = new int[count];
        membershipFrom = new int[count];
        membershipTo = new int[count];
        int[] membershipPerson = new int[count];
        for (int m = 0; m < count; m++) {
            Membership membership = memberships.at(m);
            membershipPerson[m] = personRef(RecordKind.MEMBERSHIPS, membership, "personId", membership.personId());
            int o = organizationRef(RecordKind.MEMBERSHIPS, membership, "organizationId",
                    Optional.of(membership.organizationId()));
            membershipOrganization[m] = o;
            if (membership.postId().isPresent() && posts.indexOf(membership.postId().get()) < 0) {
                problem(ProblemCode.UNKNOWN_POST, RecordKind.MEMBERSHIPS, membership.id(),
                        "postId '" + membership.postId().get() + "' names no post");
            }
            membershipFrom[m] = (int) membership.period().from().toEpochDay();
            Optional<LocalDate> to = membership.period().to();
            membershipTo[m] = to.isPresent() ? (int) to.get().toEpochDay() : OPEN_END;
            // Same rule as PartyOrganization.covers, on epoch days: [from, to) within [founded, dissolved).
            if (o >= 0 && (membershipFrom[m] < organizationFounded[o] || membershipTo[m] > organizationDissolved[o])) {
                PartyOrganization organization = organizations.at(o);
                problem(ProblemCode.MEMBERSHIP_OUTSIDE_ORGANIZATION_LIFE, RecordKind.MEMBERSHIPS, membership.id(),
                        "period " + membership.period() + " is not within the life of organisation '"
                                + organization.id() + "' (founded " + organization.founded().map(Object::toString)
                                .orElse("unknown") + ", dissolved " + organization.dissolved()
                                .map(Object::toString).orElse("never") + ")");
            }
        }
        membershipsByOrganization = Csr.group(membershipOrganization, organizations.size());
        membershipsByPerson = Csr.group(membershipPerson, persons.size());
        checkMembershipOverlaps();

        for (int c = 0; c < cadres.size(); c++) {
            Cadre cadre = cadres.at(c);
            personRef(RecordKind.CADRES, cadre, "personId", cadre.personId());
            areaRef(RecordKind.CADRES, cadre, "communityId", cadre.communityId());
        }
        for (int u = 0; u < stationedUnits.size(); u++) {
            StationedUnit unit = stationedUnits.at(u);
            areaRef(RecordKind.STATIONED_UNITS, unit, "areaId", unit.areaId());
            organizationRef(RecordKind.STATIONED_UNITS, unit, "partyOrganizationId", unit.partyOrganizationId());
        }
        for (int s = 0; s < socialOrganizations.size(); s++) {
            SocialOrganization social = socialOrganizations.at(s);
            areaRef(RecordKind.SOCIAL_ORGANIZATIONS, social, "areaId", social.areaId());
            organizationRef(RecordKind.SOCIAL_ORGANIZATIONS, social, "partyOrganizationId",
                    social.partyOrganizationId());
        }

        int[] gridParent = parents(grids, Grid::parentGridId, RecordKind.GRIDS);
        cutCycles(gridParent, grids, RecordKind.GRIDS);
        int[] gridArea = new int[grids.size()];
        for (int g = 0; g < grids.size(); g++) {
            Grid grid = grids.at(g);
            gridArea[g] = areaRef(RecordKind.GRIDS, grid, "areaId", Optional.of(grid.areaId()));
            for (String worker : grid.responsiblePersonIds()) {
                personRef(RecordKind.GRIDS, grid, "responsiblePersonIds", worker);
            }
        }
        gridsByArea = Csr.group(gridArea, areas.size());
    }

    private void duplicate(RecordKind kind, Identified record, int position) {
        problem(ProblemCode.DUPLICATE_ID, kind, record.id(), "id '" + record.id() + "' is used again by the "
                + kind.name().toLowerCase(Locale.ROOT) + " at position " + position + "; the first one is kept");
    }

    private <T extends Identified> int[] parents(RecordTable<T> table, Function<T, Optional<String>> parentId,
            RecordKind kind) {
        int[] parent = new int[table.size()];
        for (int i = 0; i < table.size(); i++) {
            T record = table.at(i);
            Optional<String> id = parentId.apply(record);
            parent[i] = id.isEmpty() ? -1 : table.indexOf(id.get());
            if (id.isPresent() && parent[i] < 0) {
                problem(ProblemCode.UNKNOWN_PARENT, kind, record.id(), "parent '" + id.get() + "' names no "
                        + kind.name().toLowerCase(Locale.ROOT));
            }
        }
        return parent;
    }

    /**
     * Finds every cycle of parent links (each node has at most one parent, so cycles are disjoint),
     * reports it once on its earliest record and cuts that record's parent link so that walks up the
     * hierarchy always end.
     *
     * @return which records lay on a cycle
     */
    private <T extends Identified> boolean[] cutCycles(int[] parent, RecordTable<T> table, RecordKind kind) {
        int n = parent.length;
        byte[] state = new byte[n]; // 0 unseen, 1 on the current walk, 2 finished
        boolean[] inCycle = new boolean[n];
        int[] walk = new int[n];
        for (int start = 0; start < n; start++) {
            int length = 0;
            int node = start;
            while (node >= 0 && state[node] == 0) {
                state[node] = 1;
                walk[length++] = node;
                node = parent[node];
            }
            if (node >= 0 && state[node] == 1) {
                int from = length - 1;
                while (walk[from] != node) {
                    from--;
                }
                int first = node;
                for (int k = from; k < length; k++) {
                    inCycle[walk[k]] = true;
                    first = Math.min(first, walk[k]);
                }
                StringBuilder ids = new StringBuilder(table.at(first).id());
                int next = parent[first];
                while (next != first) {
                    ids.append(" -> ").append(table.at(next).id());
                    next = parent[next];
                }
                ids.append(" -> ").append(table.at(first).id());
                problem(ProblemCode.PARENT_CYCLE, kind, table.at(first).id(), "parent links form a cycle: " + ids);
                parent[first] = -1;
            }
            for (int k = 0; k < length; k++) {
                state[walk[k]] = 2;
            }
        }
        return inCycle;
    }

    private void checkAreaHierarchy(boolean[] inCycle) {
        for (int a = 0; a < areas.size(); a++) {
            int p = areaParent[a];
            if (p < 0 || inCycle[a]) {
                continue;
            }
            Area area = areas.at(a);
            Area parent = areas.at(p);
            if (area.level().ordinal() <= parent.level().ordinal()) {
                problem(ProblemCode.AREA_LEVEL_NOT_BELOW_PARENT, RecordKind.AREAS, area.id(), "level "
                        + area.level().label() + "/" + area.level() + " is not below its parent '" + parent.id()
                        + "' of level " + parent.level().label() + "/" + parent.level());
            }
            if (area.divisionCode().isPresent() && parent.divisionCode().isPresent()) {
                String code = area.divisionCode().get();
                String parentCode = parent.divisionCode().get();
                // Invalid codes are reported by validation; here only containment is checked.
                if (DivisionCodes.isValid(code) && DivisionCodes.isValid(parentCode)
                        && !DivisionCodes.toTwelveDigits(code).equals(DivisionCodes.toTwelveDigits(parentCode))
                        && !DivisionCodes.isUnder(code, parentCode)) {
                    problem(ProblemCode.DIVISION_CODE_NOT_UNDER_PARENT, RecordKind.AREAS, area.id(),
                            "divisionCode '" + code + "' is not inside parent '" + parent.id() + "' code '"
                                    + parentCode + "' (GB/T 2260 prefix)");
                }
            }
        }
    }

    /**
     * Reports, per person, each pair of overlapping memberships that cannot both hold: 党员 of two
     * different 党支部 on the same day, or the same role in the same organisation twice at once.
     */
    private void checkMembershipOverlaps() {
        int[] held = new int[8];
        for (int p = 0; p < persons.size(); p++) {
            int from = membershipsByPerson.from(p);
            int to = membershipsByPerson.to(p);
            if (to - from < 2) {
                continue;
            }
            if (held.length < to - from) {
                held = new int[to - from];
            }
            int n = 0;
            for (int k = from; k < to; k++) {
                int m = membershipsByPerson.item(k);
                if (membershipOrganization[m] >= 0) {
                    held[n++] = m;
                }
            }
            // Few memberships per person: insertion sort by start day, stable on dataset order.
            for (int i = 1; i < n; i++) {
                int m = held[i];
                int j = i - 1;
                while (j >= 0 && membershipFrom[held[j]] > membershipFrom[m]) {
                    held[j + 1] = held[j];
                    j--;
                }
                held[j + 1] = m;
            }
            for (int i = 0; i < n; i++) {
                for (int j = i + 1; j < n && membershipFrom[held[j]] < membershipTo[held[i]]; j++) {
                    reportOverlap(memberships.at(held[i]), memberships.at(held[j]),
                            membershipOrganization[held[i]], membershipOrganization[held[j]]);
                }
            }
        }
    }

    private void reportOverlap(Membership earlier, Membership later, int earlierOrg, int laterOrg) {
        if (earlierOrg == laterOrg && earlier.role() == later.role()) {
            problem(ProblemCode.DUPLICATE_MEMBERSHIP, RecordKind.MEMBERSHIPS, later.id(),
                    "person '" + later.personId() + "' already holds role " + later.role() + " in '"
                            + later.organizationId() + "' " + earlier.period() + " (membership '" + earlier.id()
                            + "'); membership " + later.period() + " overlaps it");
        } else if (earlierOrg != laterOrg && isBranchMember(earlier, earlierOrg) && isBranchMember(later, laterOrg)) {
            problem(ProblemCode.OVERLAPPING_BRANCH_MEMBERSHIP, RecordKind.MEMBERSHIPS, later.id(),
                    "person '" + later.personId() + "' is a member of branch '" + later.organizationId()
                            + "' " + later.period() + " while still a member of branch '"
                            + earlier.organizationId() + "' " + earlier.period() + " (membership '"
                            + earlier.id() + "')");
        }
    }

    private boolean isBranchMember(Membership membership, int organization) {
        return membership.role() == Role.MEMBER && organizations.at(organization).type() == OrganizationType.BRANCH;
    }

    private int areaRef(RecordKind kind, Identified record, String field, Optional<String> areaId) {
        return reference(areas, ProblemCode.UNKNOWN_AREA, "area", kind, record, field, areaId);
    }

    private int organizationRef(RecordKind kind, Identified record, String field, Optional<String> organizationId) {
        return reference(organizations, ProblemCode.UNKNOWN_ORGANIZATION, "organisation", kind, record, field,
                organizationId);
    }

    private int personRef(RecordKind kind, Identified record, String field, String personId) {
        return reference(persons, ProblemCode.UNKNOWN_PERSON, "person", kind, record, field, Optional.of(personId));
    }

    private int reference(RecordTable<?> target, ProblemCode code, String noun, RecordKind kind, Identified record,
            String field, Optional<String> id) {
        if (id.isEmpty()) {
            return -1;
        }
        int index = target.indexOf(id.get());
        if (index < 0) {
            problem(code, kind, record.id(), field + " '" + id.get() + "' names no " + noun);
        }
        return index;
    }

    private void problem(ProblemCode code, RecordKind kind, String recordId, String message) {
        problems.add(new IntegrityProblem(code, kind, recordId, kind.name().toLowerCase(Locale.ROOT) + " '" + recordId + "': "
                + message));
    }
}
