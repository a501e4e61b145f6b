package org.jiceng.benchmarks.registry;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jiceng.core.model.Area;
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
import org.jiceng.core.validation.DivisionCodes;

/**
 * The peer: the same indexes and integrity checks as {@code Registry}, built the obvious way with
 * {@code HashMap<String, record>} and {@code HashMap<String, List<record>>}.
 */
final class NaiveRegistry {

    final Map<String, Area> areas = new HashMap<>();
    final Map<String, List<Area>> childAreas = new HashMap<>();
    final Map<String, PartyOrganization> organizations = new HashMap<>();
    final Map<String, List<PartyOrganization>> childOrganizations = new HashMap<>();
    final Map<String, List<PartyOrganization>> organizationsByArea = new HashMap<>();
    final Map<String, Person> persons = new HashMap<>();
    final Map<String, PartyMember> partyMembers = new HashMap<>();
    final Map<String, Membership> memberships = new HashMap<>();
    final Map<String, List<Membership>> membershipsByOrganization = new HashMap<>();
    final Map<String, List<Membership>> membershipsByPerson = new HashMap<>();
    final Map<String, Post> posts = new HashMap<>();
    final Map<String, List<Post>> postsByOrganization = new HashMap<>();
    final Map<String, Grid> grids = new HashMap<>();
    final Map<String, List<Grid>> gridsByArea = new HashMap<>();
    final List<String> problems = new ArrayList<>();

    static NaiveRegistry build(Dataset dataset) {
        NaiveRegistry r = new NaiveRegistry();
        r.index(dataset.areas(), r.areas);
        r.index(dataset.organizations(), r.organizations);
        r.index(dataset.persons(), r.persons);
        r.index(dataset.partyMembers(), r.partyMembers);
        r.index(dataset.memberships(), r.memberships);
        r.index(dataset.posts(), r.posts);
        r.index(dataset.grids(), r.grids);

        for (Area area : r.areas.values()) {
            area.parentId().ifPresent(p -> {
                Area parent = r.areas.get(p);
                if (parent == null) {
                    r.problems.add("unknown parent " + area.id());
                    return;
                }
                r.childAreas.computeIfAbsent(p, k -> new ArrayList<>()).add(area);
                if (area.level().ordinal() <= parent.level().ordinal()) {
                    r.problems.add("level " + area.id());
                }
                if (area.divisionCode().isPresent() && parent.divisionCode().isPresent()
                        && DivisionCodes.isValid(area.divisionCode().get())
                        && DivisionCodes.isValid(parent.divisionCode().get())
                        && !DivisionCodes.isUnder(area.divisionCode().get(), parent.divisionCode().get())) {
                    r.problems.add("division " + area.id());
                }
            });
        }
        r.cycles(r.areas, a -> a.parentId().orElse(null));
        for (PartyOrganization organization : r.organizations.values()) {
            organization.parentId().ifPresent(p -> {
                if (r.organizations.containsKey(p)) {
                    r.childOrganizations.computeIfAbsent(p, k -> new ArrayList<>()).add(organization);
                } else {
                    r.problems.add("unknown parent " + organization.id());
                }
            });
            organization.areaId().ifPresent(a -> {
                if (r.areas.containsKey(a)) {
                    r.organizationsByArea.computeIfAbsent(a, k -> new ArrayList<>()).add(organization);
                } else {
                    r.problems.add("unknown area " + organization.id());
                }
            });
        }
        r.cycles(r.organizations, o -> o.parentId().orElse(null));
        for (Person person : r.persons.values()) {
            person.homeAreaId().filter(a -> !r.areas.containsKey(a)).ifPresent(a -> r.problems.add("area " + a));
        }
        for (PartyMember member : r.partyMembers.values()) {
            if (!r.persons.containsKey(member.personId())) {
                r.problems.add("person " + member.personId());
            }
        }
        for (Post post : r.posts.values()) {
            if (r.organizations.containsKey(post.organizationId())) {
                r.postsByOrganization.computeIfAbsent(post.organizationId(), k -> new ArrayList<>()).add(post);
            } else {
                r.problems.add("organisation " + post.id());
            }
        }
        for (Membership membership : r.memberships.values()) {
            PartyOrganization organization = r.organizations.get(membership.organizationId());
            if (organization == null) {
                r.problems.add("organisation " + membership.id());
            } else {
                r.membershipsByOrganization.computeIfAbsent(membership.organizationId(), k -> new ArrayList<>())
                        .add(membership);
                if (!organization.covers(membership.period())) {
                    r.problems.add("life " + membership.id());
                }
            }
            if (r.persons.containsKey(membership.personId())) {
                r.membershipsByPerson.computeIfAbsent(membership.personId(), k -> new ArrayList<>()).add(membership);
            } else {
                r.problems.add("person " + membership.id());
            }
            membership.postId().filter(p -> !r.posts.containsKey(p)).ifPresent(p -> r.problems.add("post " + p));
        }
        for (List<Membership> own : r.membershipsByPerson.values()) {
            if (own.size() < 2) {
                continue; // same shortcut as Registry: one membership cannot overlap
            }
            List<Membership> branch = own.stream().filter(m -> m.role() == Role.MEMBER)
                    .filter(m -> r.organizations.containsKey(m.organizationId())
                            && r.organizations.get(m.organizationId()).type() == OrganizationType.BRANCH)
                    .sorted(Comparator.comparing(m -> m.period().from())).collect(Collectors.toList());
            for (int i = 0; i < branch.size(); i++) {
                for (int j = i + 1; j < branch.size(); j++) {
                    if (!branch.get(i).organizationId().equals(branch.get(j).organizationId())
                            && branch.get(i).period().overlaps(branch.get(j).period())) {
                        r.problems.add("overlap " + branch.get(j).id());
                    }
                }
            }
        }
        for (Grid grid : r.grids.values()) {
            if (r.areas.containsKey(grid.areaId())) {
                r.gridsByArea.computeIfAbsent(grid.areaId(), k -> new ArrayList<>()).add(grid);
            } else {
                r.problems.add("area " + grid.id());
            }
        }
        return r;
    }

    List<Membership> membersOf(String organizationId, LocalDate day) {
        return membershipsByOrganization.getOrDefault(organizationId, List.of()).stream()
                .filter(m -> m.period().contains(day)).collect(Collectors.toList());
    }

    private <T extends Identified> void index(List<T> records, Map<String, T> byId) {
        for (T record : records) {
            if (byId.putIfAbsent(record.id(), record) != null) {
                problems.add("duplicate " + record.id());
            }
        }
    }

    private <T> void cycles(Map<String, T> byId, Function<T, String> parent) {
        Set<String> acyclic = new HashSet<>();
        for (String start : byId.keySet()) {
            Set<String> walk = new HashSet<>();
            String node = start;
            while (node != null && byId.containsKey(node) && !acyclic.contains(node)) {
                if (!walk.add(node)) {
                    problems.add("cycle " + start);
                    break;
                }
                node = parent.apply(byId.get(node));
            }
            acyclic.addAll(walk);
        }
    }
}
