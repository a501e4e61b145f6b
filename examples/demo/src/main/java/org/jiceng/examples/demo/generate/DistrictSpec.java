package org.jiceng.examples.demo.generate;

/**
 * How big a district to generate. {@link #xishan()} is the seed scale (西山区: 10 subdistricts, 111
 * communities, 393 residential groups, 1,557 party organisations, 22,305 members); tests use
 * {@link #small()}.
 *
 * @param districtCode six-digit GB/T 2260 code of the district
 * @param districtName name of the district
 * @param subdistricts number of subdistricts (街道)
 * @param communities number of communities (社区), spread over the subdistricts
 * @param residentialGroups number of residential groups (居民小组 / 小区), spread over the communities
 * @param organizations total number of party organisations
 * @param members total number of party members
 * @param stationedUnits number of stationed units (驻区单位)
 * @param rivers number of rivers in the river network
 * @param cases number of whistle cases over the year
 * @param year the calendar year of events and cases
 */
public record DistrictSpec(String districtCode, String districtName, int subdistricts, int communities,
        int residentialGroups, int organizations, int members, int stationedUnits, int rivers, int cases, int year) {

    /** Validates that the counts nest and leave room for the fixed organisation structure. */
    public DistrictSpec {
        if (districtCode == null || !districtCode.matches("\\d{6}")) {
            throw new IllegalArgumentException("districtCode must be 6 digits, was " + districtCode);
        }
        if (subdistricts < 1 || subdistricts > 999 || communities < subdistricts || communities > 999 * subdistricts) {
            throw new IllegalArgumentException("Need 1..999 subdistricts and at least one community each, got "
                    + subdistricts + " subdistricts, " + communities + " communities");
        }
        if (residentialGroups < communities) {
            throw new IllegalArgumentException("Need at least one residential group per community, got "
                    + residentialGroups + " for " + communities + " communities");
        }
        if (organizations < minimumOrganizations(subdistricts, communities, residentialGroups, stationedUnits)) {
            throw new IllegalArgumentException("organizations " + organizations + " is below the fixed structure of "
                    + minimumOrganizations(subdistricts, communities, residentialGroups, stationedUnits));
        }
        if (members < residentialGroups || stationedUnits < 0 || rivers < 0 || cases < 0) {
            throw new IllegalArgumentException("members must cover every residential group and counts must be >= 0");
        }
    }

    /** @return the seed scale of 西山区, Kunming (530112) */
    public static DistrictSpec xishan() {
        return new DistrictSpec("530112", "西山区", 10, 111, 393, 1557, 22305, 300, 10, 2400, 2025);
    }

    /** @return a small district for fast tests, same structure */
    public static DistrictSpec small() {
        return new DistrictSpec("530112", "西山区", 2, 6, 18, 90, 600, 12, 3, 120, 2025);
    }

    /**
     * Organisations every district has before 党小组 fill the remainder: 1 区委, a 党工委 and a 党建联盟
     * per subdistrict, 3 industry alliances, a 党委 and a 大党委 per community, a branch per residential
     * group and per stationed unit.
     */
    static int minimumOrganizations(int subdistricts, int communities, int groups, int units) {
        return 1 + 2 * subdistricts + 3 + 2 * communities + groups + units;
    }
}
