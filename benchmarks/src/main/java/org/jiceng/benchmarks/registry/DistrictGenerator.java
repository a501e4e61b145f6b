package org.jiceng.benchmarks.registry;

import java.util.Locale;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
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
 * Deterministic, consistent district datasets at a multiple of the seed district (Xishan: 10
 * subdistricts, 111 communities, 393 residents' groups, 1,557 party organisations, 22,305 members).
 * At scale 10: 100 subdistricts, 1,110 communities, 3,930 compounds, 15,570 organisations
 * (district committee, working committees, community committees, 14,359 branches), 223,050 persons,
 * party members and member memberships (one member in ten transferred between two branches, back to
 * back), a secretary post and term per branch, a grid per compound.
 */
public final class DistrictGenerator {

    private static final LocalDate FOUNDED = LocalDate.of(2000, 1, 1);
    private static final LocalDate TRANSFER = LocalDate.of(2018, 7, 1);

    private DistrictGenerator() {
    }

    /** Organisations of the seed district. */
    public static final int SEED_ORGANIZATIONS = 1557;
    /** Members of the seed district. */
    public static final int SEED_MEMBERS = 22305;

    /**
     * @param scale multiple of the seed district
     * @return the dataset
     */
    public static Dataset generate(int scale) {
        int subdistricts = 10 * scale;
        int communities = 111 * scale;
        int compounds = 393 * scale;
        int branches = SEED_ORGANIZATIONS * scale - 1 - subdistricts - communities;
        int members = SEED_MEMBERS * scale;
        Dataset.Builder data = Dataset.builder();

        data.add(Area.of("D", "西山区", AreaLevel.DISTRICT, null).withDivisionCode("530112"));
        data.add(PartyOrganization.of("DC", "区委", OrganizationType.PARTY_COMMITTEE, null, "D").foundedOn(FOUNDED));
        for (int s = 0; s < subdistricts; s++) {
            data.add(Area.of("S" + s, "街道" + s, AreaLevel.SUBDISTRICT, "D")
                    .withDivisionCode(String.format(Locale.ROOT, "530112%03d000", s + 1)));
            data.add(PartyOrganization.of("WC" + s, "街道党工委" + s, OrganizationType.WORKING_COMMITTEE, "DC", "S" + s)
                    .foundedOn(FOUNDED));
        }
        for (int c = 0; c < communities; c++) {
            int s = c % subdistricts;
            data.add(Area.of("C" + c, "社区" + c, AreaLevel.COMMUNITY, "S" + s)
                    .withDivisionCode(String.format(Locale.ROOT, "530112%03d%03d", s + 1, c / subdistricts + 1)));
            data.add(PartyOrganization.of("CC" + c, "社区党委" + c, OrganizationType.PARTY_COMMITTEE, "WC" + s, "C" + c)
                    .foundedOn(FOUNDED));
        }
        for (int g = 0; g < compounds; g++) {
            int c = g % communities;
            data.add(Area.of("G" + g, "小区" + g, AreaLevel.COMPOUND, "C" + c));
            data.add(new Grid("GR" + g, "530112" + g, "网格" + g, "G" + g, Optional.empty(), List.of(), 120,
                    Optional.empty()));
        }
        for (int b = 0; b < branches; b++) {
            int c = b % communities;
            data.add(PartyOrganization.of("B" + b, "党支部" + b, OrganizationType.BRANCH, "CC" + c, "C" + c)
                    .foundedOn(FOUNDED));
            data.add(new Post("POST" + b, "B" + b, Role.SECRETARY, "书记", Optional.empty()));
        }
        for (int m = 0; m < members; m++) {
            int b = m % branches;
            String person = "P" + m;
            int compound = (b % communities) + communities * ((m / branches) % (compounds / communities));
            data.add(new Person(person, "党员" + m, Optional.empty(), Optional.empty(), Optional.of("G" + compound)));
            data.add(new PartyMember(person, MemberStatus.FULL, Optional.of(LocalDate.of(1990, 7, 1))));
            if (m % 10 == 9) {
                int previous = (b + 1) % branches;
                data.add(Membership.of("MT" + m, person, "B" + previous, Role.MEMBER, DateRange.of(FOUNDED, TRANSFER)));
                data.add(Membership.of("M" + m, person, "B" + b, Role.MEMBER, DateRange.startingOn(TRANSFER)));
            } else {
                data.add(Membership.of("M" + m, person, "B" + b, Role.MEMBER, DateRange.startingOn(FOUNDED)));
            }
            if (m < branches) {
                data.add(new Membership("MS" + m, person, "B" + b, Role.SECRETARY, Optional.of("POST" + b),
                        DateRange.startingOn(LocalDate.of(2021, 1, 1))));
            }
        }
        return data.build();
    }
}
