package org.jiceng.core.registry;

import java.util.Locale;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Grid;
import org.jiceng.core.model.MemberStatus;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.OrganizationType;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Post;
import org.jiceng.core.model.Role;

/**
 * A consistent district of the given shape: district → subdistricts → communities, a working committee
 * per subdistrict, a community committee per community with branches under it, members in branches
 * (every third member transferred between two branches of the community on 2015-01-01, back to back),
 * a secretary post per branch and one grid per community.
 */
final class SampleDistrict {

    static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);
    static final LocalDate TRANSFER = LocalDate.of(2015, 1, 1);

    private SampleDistrict() {
    }

    static String subdistrictId(int s) {
        return "S" + s;
    }

    static String communityId(int s, int c) {
        return "C" + s + "-" + c;
    }

    static String committeeId(int s, int c) {
        return "CC" + s + "-" + c;
    }

    static String branchId(int s, int c, int b) {
        return "B" + s + "-" + c + "-" + b;
    }

    static String personId(int s, int c, int b, int m) {
        return "P" + s + "-" + c + "-" + b + "-" + m;
    }

    static Dataset build(int subdistricts, int communities, int branches, int members) {
        Dataset.Builder data = Dataset.builder();
        data.add(Area.of("D", "西山区", AreaLevel.DISTRICT, null).withDivisionCode("530112"));
        data.add(PartyOrganization.of("DC", "区委", OrganizationType.PARTY_COMMITTEE, null, "D").foundedOn(FOUNDED));
        for (int s = 1; s <= subdistricts; s++) {
            String township = String.format(Locale.ROOT, "530112%03d", s);
            data.add(Area.of(subdistrictId(s), "街道" + s, AreaLevel.SUBDISTRICT, "D")
                    .withDivisionCode(township + "000"));
            data.add(PartyOrganization.of("WC" + s, "街道党工委" + s, OrganizationType.WORKING_COMMITTEE, "DC",
                    subdistrictId(s)).foundedOn(FOUNDED));
            for (int c = 1; c <= communities; c++) {
                data.add(Area.of(communityId(s, c), "社区" + s + "-" + c, AreaLevel.COMMUNITY, subdistrictId(s))
                        .withDivisionCode(township + String.format(Locale.ROOT, "%03d", c)));
                data.add(PartyOrganization.of(committeeId(s, c), "社区党委", OrganizationType.PARTY_COMMITTEE,
                        "WC" + s, communityId(s, c)).foundedOn(FOUNDED));
                String firstWorker = null;
                for (int b = 1; b <= branches; b++) {
                    String branch = branchId(s, c, b);
                    data.add(PartyOrganization.of(branch, "党支部" + b, OrganizationType.BRANCH, committeeId(s, c),
                            communityId(s, c)).foundedOn(FOUNDED));
                    data.add(new Post("POST-" + branch, branch, Role.SECRETARY, "书记", Optional.empty()));
                    for (int m = 1; m <= members; m++) {
                        String person = personId(s, c, b, m);
                        firstWorker = firstWorker == null ? person : firstWorker;
                        data.add(new Person(person, "党员" + m, Optional.empty(), Optional.empty(),
                                Optional.of(communityId(s, c))));
                        data.add(new PartyMember(person, MemberStatus.FULL, Optional.of(LocalDate.of(1990, 7, 1))));
                        boolean transferred = m % 3 == 0 && branches > 1;
                        if (transferred) {
                            String previous = branchId(s, c, b == 1 ? 2 : 1);
                            data.add(Membership.of("M0-" + person, person, previous, Role.MEMBER,
                                    DateRange.of(FOUNDED, TRANSFER)));
                        }
                        data.add(Membership.of("M-" + person, person, branch, Role.MEMBER,
                                DateRange.startingOn(transferred ? TRANSFER : FOUNDED)));
                        if (m == 1) {
                            data.add(new Membership("MS-" + person, person, branch, Role.SECRETARY,
                                    Optional.of("POST-" + branch), DateRange.startingOn(LocalDate.of(2021, 1, 1))));
                        }
                    }
                }
                data.add(new Grid("G" + s + "-" + c, township + String.format(Locale.ROOT, "%03d", c) + "001", "网格",
                        communityId(s, c), Optional.empty(), firstWorker == null ? List.of() : List.of(firstWorker),
                        120, Optional.empty()));
            }
        }
        return data.build();
    }

    static Set<String> ids(List<? extends org.jiceng.core.model.Identified> records) {
        return records.stream().map(org.jiceng.core.model.Identified::id)
                .collect(java.util.stream.Collectors.toCollection(java.util.LinkedHashSet::new));
    }
}
