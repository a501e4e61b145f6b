package org.jiceng.examples.demo.generate;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeSet;
import org.jiceng.cases.Situation;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.cases.WhistleKind;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.Cadre;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Event;
import org.jiceng.core.model.EventTypes;
import org.jiceng.core.model.MemberStatus;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.OrganizationType;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.PayGrade;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Post;
import org.jiceng.core.model.ReserveTier;
import org.jiceng.core.model.Role;
import org.jiceng.core.model.StationedUnit;
import org.jiceng.core.model.UnitType;
import org.jiceng.core.time.ChinaTime;
import org.jiceng.core.validation.CreditCodes;
import org.jiceng.core.validation.IdNumbers;
import org.jspecify.annotations.Nullable;
import org.locationtech.jts.geom.Geometry;
import org.locationtech.jts.geom.prep.PreparedGeometry;
import org.locationtech.jts.geom.prep.PreparedGeometryFactory;

/**
 * Generates a whole district deterministically from a seed: the same spec and seed always give the
 * same records in the same order. Everything is drawn from one {@link SplittableRandom} in a fixed
 * sequence, so no map iteration order or clock reading can leak in.
 *
 * <pre>{@code
 * GeneratedDistrict xishan = DistrictGenerator.generate(DistrictSpec.xishan(), 20250101L);
 * }</pre>
 */
public final class DistrictGenerator {

    /** The built-in rule pack whose indicators the monthly indicator events report. */
    public static final String QUALITY_INDEX_PACK = "guandu-quality-index";

    /**
     * The 17 indicators of the organisation quality index (6 categories / 17 indicators), by category,
     * as the SDK's built-in {@code guandu-quality-index} pack declares them. The pack is loaded once, on
     * a thread of its own that the first generation starts.
     *
     * @return category ids and their indicator ids, in the pack's order
     * @throws IllegalStateException when the pack has no composite index
     */
    public static Map<String, List<String>> indicators() {
        return QualityIndicators.get();
    }

    /** A city-sized box near Kunming (102.6E 25.0N) that holds the default district outline. */
    public static final Box CITY = new Box(102.58, 24.92, 102.78, 25.10);

    private static final String[] KUNMING_CODES = {"530112", "530112", "530112", "530102", "530103", "530111", "530114"};
    private static final WhistleKind[] KINDS = {WhistleKind.PROBLEM, WhistleKind.SERVICE, WhistleKind.TACKLE,
        WhistleKind.EMERGENCY, WhistleKind.COMPLAINT};
    private static final int[] KIND_WEIGHTS = {45, 20, 8, 4, 23};
    // Event attributes and quantities made once instead of once per event.
    private static final Map<String, String> THEME_DAY = Map.of("meeting", "主题党日");
    private static final Map<String, String> PARTY_LECTURE = Map.of("meeting", "党课");
    private static final Map<String, String> MISCONDUCT = Map.of("reason", "违反廉洁纪律");
    private static final List<Map<String, String>> VOLUNTEERING = attributeMaps("activity", "环境整治", "文明劝导", "助老服务",
            "河道巡护", "政策宣传");
    private static final List<Map<String, String>> COURSES = attributeMaps("course", "政策解读", "基础党务", "社区治理", "群众工作");
    private static final List<Map<String, String>> UNIT_ACTIVITIES = attributeMaps("activity", "区域事务联商", "党员联管",
            "服务联办", "活动联搞", "矛盾联调", "文明联创");
    private static final List<BigDecimal> HALF_HOURS = halfHours();
    private static final List<BigDecimal> COUNTS = counts();

    private final DistrictSpec spec;
    private final long seed;
    private final SplittableRandom rnd;
    /** The shapes' own stream: organic shapes need extra draws that must not shift the records. */
    private final SplittableRandom geo;
    private final Geometry outline;
    private final Box bounds;
    private final Map<String, Geometry> communityShapes = new LinkedHashMap<>();
    private final Map<String, PreparedGeometry> preparedCommunities = new HashMap<>();
    private final Dataset.Builder out = Dataset.builder();
    private final List<InjectedDefect> defects = new ArrayList<>();
    private final LocalDate yearStart;
    private final LocalDate yearEnd;
    /** Days from the first to the last day of the year, plus one. */
    private final int daysInYear;
    /**
     * Asia/Shanghai's offset in seconds throughout the year, or {@link Integer#MIN_VALUE} when the year has a
     * transition (daylight saving before 1992): event times are then found through the zone's rules.
     */
    private final int fixedOffset;
    /** The epoch day of the first day of each month (index 1 to 12) of the year, and the month's length. */
    private final long[] monthStart = new long[13];
    private final int[] monthLength = new int[13];

    private int orgSeq;
    private int personSeq;
    private int membershipSeq;
    private int postSeq;
    private final SequenceIds eventIds = new SequenceIds("E", 7);

    // Structure kept while generating.
    private final List<Area> communities = new ArrayList<>();
    private final Map<String, Box> communityBoxes = new LinkedHashMap<>();
    private final List<Area> compounds = new ArrayList<>();
    private final Map<String, String> compoundCommunity = new HashMap<>();
    private final Map<String, Box> compoundBoxes = new HashMap<>();
    private final List<BuildingSite> buildings = new ArrayList<>();
    private final Map<String, List<BuildingSite>> buildingsByCompound = new HashMap<>();
    private final Map<String, String> communityOrg = new HashMap<>();
    private final Map<String, String> compoundBranch = new HashMap<>();
    private final List<String> unitBranches = new ArrayList<>();
    private final List<PartyOrganization> organizations = new ArrayList<>();
    private final Map<String, List<String>> branchMembers = new HashMap<>();
    private final Map<String, String> memberBranch;
    private final Map<String, Double> vitality = new HashMap<>();
    private final Map<String, Double> memberVitality;
    private final Map<String, List<String>> residentsByBuilding = new HashMap<>();
    private final List<StationedUnit> stationedUnits = new ArrayList<>();
    private final Map<String, List<String>> communityResidents = new HashMap<>();
    private final List<String> memberIds = new ArrayList<>();
    private final Set<String> inService;
    private final Map<String, String> homeCommunity;
    private final Set<String> visitors = new TreeSet<>();
    private final Set<String> trainees = new TreeSet<>();
    private final Set<String> payrolled = new HashSet<>();
    private final Map<String, LocalDate> founded = new HashMap<>();

    private DistrictGenerator(DistrictSpec spec, long seed, @Nullable Geometry boundary) {
        // The rule packs load on their own thread while the district is drawn (needed for its indicator events).
        QualityIndicators.start();
        this.spec = spec;
        this.seed = seed;
        this.rnd = new SplittableRandom(seed);
        this.geo = new SplittableRandom(seed ^ 0x9E3779B97F4A7C15L);
        this.outline = boundary != null ? Geography.polygonal(boundary) : Geography.defaultOutline(CITY, geo);
        this.bounds = Geography.box(outline);
        this.yearStart = LocalDate.of(spec.year(), 1, 1);
        this.yearEnd = yearStart.plusYears(1);
        this.daysInYear = (int) ChronoUnit.DAYS.between(yearStart, yearEnd);
        this.fixedOffset = fixedOffset(yearStart, yearEnd);
        // Sized for every member up front (none of these is iterated, so their order does not matter).
        int capacity = (int) (spec.members() / 0.75) + 1;
        this.memberBranch = new HashMap<>(capacity);
        this.memberVitality = new HashMap<>(capacity);
        this.inService = new HashSet<>(capacity);
        this.homeCommunity = new HashMap<>(capacity);
        for (int month = 1; month <= 12; month++) {
            LocalDate first = LocalDate.of(spec.year(), month, 1);
            monthStart[month] = first.toEpochDay();
            monthLength[month] = first.lengthOfMonth();
        }
    }

    /** The zone's offset over the year (a day either side), when it has no transition in it. */
    private static int fixedOffset(LocalDate from, LocalDate to) {
        java.time.zone.ZoneRules rules = ChinaTime.ZONE.getRules();
        Instant start = from.minusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        Instant end = to.plusDays(1).atStartOfDay(ChinaTime.ZONE).toInstant();
        java.time.zone.ZoneOffsetTransition next = rules.nextTransition(start);
        return next == null || next.getInstant().isAfter(end) ? rules.getOffset(start).getTotalSeconds()
                : Integer.MIN_VALUE;
    }

    /**
     * Generates a district.
     *
     * @param spec the scale and year
     * @param seed the seed; the same seed gives the same district
     * @return the district
     */
    public static GeneratedDistrict generate(DistrictSpec spec, long seed) {
        return new DistrictGenerator(spec, seed, null).run();
    }

    /**
     * Generates a district inside a given outline (e.g. a real district's boundary) instead of the
     * default blob near Kunming.
     *
     * @param spec the scale and year
     * @param seed the seed; the same seed and outline give the same district
     * @param boundary the district outline in lon/lat
     * @return the district
     * @throws IllegalArgumentException when the outline has no area or is too small for the communities
     */
    public static GeneratedDistrict generate(DistrictSpec spec, long seed, Geometry boundary) {
        if (boundary.getArea() <= 0) {
            throw new IllegalArgumentException("The district outline has no area (" + boundary.getGeometryType() + ")");
        }
        return new DistrictGenerator(spec, seed, boundary).run();
    }

    private GeneratedDistrict run() {
        List<Area> subdistricts = areas();
        stationedUnitsAndOrganizations(subdistricts);
        members();
        postsAndLeaders();
        cadresAndGridWorkers();
        events();
        List<River> rivers = rivers();
        List<WhistleCase> cases = cases();
        return new GeneratedDistrict(spec, seed, out.build(), buildings, communityBoxes, communityShapes, outline,
                bounds, rivers, cases, defects);
    }

    // ---------------------------------------------------------------- areas

    private List<Area> areas() {
        String dc = spec.districtCode();
        String districtId = "D" + dc;
        out.add(Area.of(districtId, spec.districtName(), AreaLevel.DISTRICT, null).withDivisionCode(dc));
        int[] perStreet = spread(spec.communities(), spec.subdistricts());
        List<Geometry> cells = Geography.cells(outline, spec.communities(), geo);
        List<Area> subdistricts = new ArrayList<>();
        int[] groupsPerCommunity = spread(spec.residentialGroups(), spec.communities());
        int k = 0;
        for (int s = 0; s < spec.subdistricts(); s++) {
            String streetCode = SequenceIds.padded(dc, s + 1, 3);
            Area street = Area.of("S" + streetCode, Names.subdistrict(s), AreaLevel.SUBDISTRICT, districtId)
                    .withDivisionCode(streetCode + "000");
            subdistricts.add(street);
            out.add(street);
            for (int c = 0; c < perStreet[s]; c++, k++) {
                String code = SequenceIds.padded(streetCode, c + 1, 3);
                Geometry cell = cells.get(k);
                Box box = Geography.box(cell);
                String id = "C" + code;
                communityBoxes.put(id, box);
                communityShapes.put(id, cell);
                preparedCommunities.put(id, PreparedGeometryFactory.prepare(cell));
                compoundsOf(id, code, box, groupsPerCommunity[k], street.id());
            }
        }
        return subdistricts;
    }

    private void compoundsOf(String communityId, String code, Box box, int groups, String streetId) {
        int households = 0;
        List<Area> own = new ArrayList<>();
        List<Area> ownBuildings = new ArrayList<>();
        double stripW = box.width() / groups;
        for (int g = 0; g < groups; g++) {
            String group = SequenceIds.padded("", g + 1, 2);
            String id = "R" + code + group;
            Box cbox = new Box(box.minLon() + g * stripW, box.minLat(), box.minLon() + (g + 1) * stripW, box.maxLat());
            compoundBoxes.put(id, cbox);
            compoundCommunity.put(id, communityId);
            PreparedGeometry region = compoundRegion(communityId, cbox);
            int nb = 6 + rnd.nextInt(9);
            int compoundHouseholds = 0;
            // How lively the compound's party life is: branches differ far more than members within one.
            vitality.put(id, 0.1 + 1.5 * rnd.nextDouble());
            List<BuildingSite> sites = new ArrayList<>();
            String buildingPrefix = "B" + code + group;
            for (int b = 0; b < nb; b++) {
                compoundHouseholds += building(communityId, id, buildingPrefix, b, cbox, region, sites, ownBuildings);
            }
            buildings.addAll(sites);
            buildingsByCompound.put(id, sites);
            String name = g % 2 == 0 ? "第" + (g + 1) + "居民小组" : withoutLastChar(Names.place(rnd)) + "小区";
            own.add(Area.of(id, name, AreaLevel.COMPOUND, communityId)
                    .withCounts(compoundHouseholds, (int) Math.round(compoundHouseholds * 2.7)));
            households += compoundHouseholds;
        }
        Area community = Area.of(communityId, Names.place(rnd) + "社区", AreaLevel.COMMUNITY, streetId)
                .withDivisionCode(code).withCounts(households, (int) Math.round(households * 2.7));
        communities.add(community);
        compounds.addAll(own);
        out.add(community);
        own.forEach(out::add);
        ownBuildings.forEach(out::add);
    }

    /**
     * One building of a compound, added to its sites and areas. Loop bodies are methods of their own here and
     * below: C1 compiles a method after a few hundred calls, but a loop that runs inside one call only after
     * tens of thousands of iterations, so a long loop in a long method runs interpreted.
     *
     * @return its households
     */
    private int building(String communityId, String compoundId, String idPrefix, int b, Box cbox,
            PreparedGeometry region, List<BuildingSite> sites, List<Area> ownBuildings) {
        int hh = 18 + rnd.nextInt(103);
        String bid = SequenceIds.padded(idPrefix, b + 1, 2);
        double u = 0.05 + 0.9 * rnd.nextDouble();
        double[] at = Geography.pointIn(region, cbox, u, 0.05 + 0.9 * rnd.nextDouble(), geo);
        sites.add(new BuildingSite(bid, communityId, at[0], at[1], hh));
        ownBuildings.add(Area.of(bid, (b + 1) + "栋", AreaLevel.BUILDING, compoundId)
                .withCounts(hh, (int) Math.round(hh * 2.7)));
        return hh;
    }

    /** The part of the community inside a compound's strip, or the whole community when that is empty. */
    private PreparedGeometry compoundRegion(String communityId, Box strip) {
        Geometry cell = communityShapes.get(communityId);
        Geometry part = Geography.polygonal(cell.intersection(Geography.GF.toGeometry(
                new org.locationtech.jts.geom.Envelope(strip.minLon(), strip.maxLon(), strip.minLat(), strip.maxLat()))));
        return part.getArea() > cell.getArea() * 0.02 ? PreparedGeometryFactory.prepare(part)
                : preparedCommunities.get(communityId);
    }

    // ------------------------------------------------- units and organisations

    private void stationedUnitsAndOrganizations(List<Area> subdistricts) {
        String root = org("中共" + spec.districtName() + "委员会", OrganizationType.PARTY_COMMITTEE, null,
                "D" + spec.districtCode(), Set.of());
        // Stationed units first: their branches are seated in 大党委 and alliances created below.
        record Unit(String id, String communityId, UnitType type, String name) {
        }
        List<Unit> units = new ArrayList<>();
        UnitType[] types = UnitType.values();
        for (int u = 0; u < spec.stationedUnits(); u++) {
            Area community = communities.get(rnd.nextInt(communities.size()));
            UnitType type = types[weighted(new int[] {15, 45, 8, 12, 5, 15})];
            String name = unitName(type, community);
            units.add(new Unit(SequenceIds.padded("U", u + 1, 4), community.id(), type, name));
        }
        Map<String, String> streetWorkingCommittee = new HashMap<>();
        Map<String, List<String>> unitBranchesByCommunity = new HashMap<>();
        Map<String, List<String>> unitBranchesByStreet = new HashMap<>();
        Map<String, String> communityStreet = new HashMap<>();
        communities.forEach(c -> communityStreet.put(c.id(), c.parentId().orElseThrow()));
        for (Area street : subdistricts) {
            streetWorkingCommittee.put(street.id(), org("中共" + street.name() + "工作委员会",
                    OrganizationType.WORKING_COMMITTEE, root, street.id(), Set.of()));
        }
        List<String> enterpriseBranches = new ArrayList<>();
        int creditDefects = 0;
        for (Unit unit : units) {
            String street = communityStreet.get(unit.communityId());
            String branch = org("中共" + unit.name() + "支部委员会", OrganizationType.BRANCH,
                    streetWorkingCommittee.get(street), unit.communityId(), Set.of());
            unitBranches.add(branch);
            unitBranchesByCommunity.computeIfAbsent(unit.communityId(), x -> new ArrayList<>()).add(branch);
            unitBranchesByStreet.computeIfAbsent(street, x -> new ArrayList<>()).add(branch);
            if (unit.type() == UnitType.ENTERPRISE) {
                enterpriseBranches.add(branch);
            }
            String credit = creditCode(unit.type());
            if (creditDefects < 3 && rnd.nextInt(40) == 0) {
                String broken = credit.substring(0, 17) + otherChar(credit.charAt(17), CreditCodes.ALPHABET);
                defects.add(new InjectedDefect(InjectedDefect.CREDIT_CHECK, unit.id(),
                        "check character " + credit.charAt(17) + " replaced by " + broken.charAt(17)));
                credit = broken;
                creditDefects++;
            }
            stationedUnits.add(new StationedUnit(unit.id(), unit.name(), unit.type(), Optional.of(credit),
                    Optional.of(unit.communityId()), Optional.of(branch)));
        }
        for (Area street : subdistricts) {
            Set<String> seated = new TreeSet<>(unitBranchesByStreet.getOrDefault(street.id(), List.of()));
            org(street.name() + "党建联盟", OrganizationType.ALLIANCE, streetWorkingCommittee.get(street.id()),
                    street.id(), seated);
        }
        int third = enterpriseBranches.size() / 3;
        org(spec.districtName() + "互联网企业党建联盟", OrganizationType.ALLIANCE, root, "D" + spec.districtCode(),
                new TreeSet<>(enterpriseBranches.subList(0, third)));
        org(spec.districtName() + "楼宇党建联盟", OrganizationType.ALLIANCE, root, "D" + spec.districtCode(),
                new TreeSet<>(enterpriseBranches.subList(third, 2 * third)));
        org(spec.districtName() + "物业服务行业党建联盟", OrganizationType.ALLIANCE, root, "D" + spec.districtCode(),
                new TreeSet<>(enterpriseBranches.subList(2 * third, enterpriseBranches.size())));
        Map<String, Integer> groupsInCommunity = new HashMap<>();
        compounds.forEach(c -> groupsInCommunity.merge(c.parentId().orElseThrow(), 1, Integer::sum));
        for (Area community : communities) {
            boolean large = groupsInCommunity.get(community.id()) > 3;
            String communityParty = org("中共" + community.name() + (large ? "委员会" : "总支部委员会"),
                    large ? OrganizationType.PARTY_COMMITTEE : OrganizationType.GENERAL_BRANCH,
                    streetWorkingCommittee.get(community.parentId().orElseThrow()), community.id(), Set.of());
            communityOrg.put(community.id(), communityParty);
            Set<String> seated = new TreeSet<>(unitBranchesByCommunity.getOrDefault(community.id(), List.of()));
            seated.add(communityParty);
            org(community.name() + "大党委", OrganizationType.JOINT_COMMITTEE, communityParty, community.id(), seated);
        }
        for (Area compound : compounds) {
            String communityId = compound.parentId().orElseThrow();
            compoundBranch.put(compound.id(), org("中共" + communityName(communityId) + compound.name() + "支部委员会",
                    OrganizationType.BRANCH, communityOrg.get(communityId), compound.id(), Set.of()));
        }
        int groups = spec.organizations() - organizations.size();
        for (int g = 0; g < groups; g++) {
            Area compound = compounds.get(g % compounds.size());
            int nth = g / compounds.size() + 1;
            org(compound.name() + "第" + nth + "党小组", OrganizationType.GROUP, compoundBranch.get(compound.id()),
                    compound.id(), Set.of());
        }
        organizations.forEach(out::add);
        stationedUnits.forEach(out::add);
    }

    private String org(String name, OrganizationType type, String parent, String areaId, Set<String> seated) {
        String id = SequenceIds.padded("O", ++orgSeq, 5);
        LocalDate from = type == OrganizationType.ALLIANCE || type == OrganizationType.JOINT_COMMITTEE
                ? LocalDate.of(2018, 1, 1).plusDays(rnd.nextInt(3 * 365))
                : LocalDate.of(1985, 1, 1).plusDays(rnd.nextInt(30 * 365));
        if (parent != null && from.isBefore(founded.get(parent))) {
            from = founded.get(parent);
        }
        founded.put(id, from);
        organizations.add(new PartyOrganization(id, name, type, Optional.ofNullable(parent), Optional.ofNullable(areaId),
                Optional.of(from), Optional.empty(), seated));
        return id;
    }

    private String communityName(String communityId) {
        for (int i = communities.size() - 1; i >= 0; i--) {
            if (communities.get(i).id().equals(communityId)) {
                return communities.get(i).name();
            }
        }
        throw new IllegalStateException("No community " + communityId);
    }

    private String unitName(UnitType type, Area community) {
        String place = community.name().substring(0, 2);
        return switch (type) {
            case ORGAN -> spec.districtName() + pick(new String[] {"税务局", "司法局", "市场监督管理局", "财政局"})
                    + place + "所";
            case ENTERPRISE -> "昆明" + place + Names.ENTERPRISE.get(rnd.nextInt(Names.ENTERPRISE.size())) + "有限公司";
            case SOCIAL_ORGANIZATION -> spec.districtName() + place + pick(new String[] {"社会工作服务中心",
                "志愿者协会", "养老服务中心"});
            case SCHOOL -> spec.districtName() + place + pick(new String[] {"小学", "中学", "幼儿园"});
            case HOSPITAL -> spec.districtName() + place + pick(new String[] {"社区卫生服务中心", "医院"});
            case PUBLIC_INSTITUTION -> spec.districtName() + place + pick(new String[] {"供水所", "文化站", "图书馆"});
        };
    }

    private String creditCode(UnitType type) {
        char department;
        char kind;
        switch (type) {
            case ORGAN -> { department = '1'; kind = '1'; }
            case ENTERPRISE -> { department = '9'; kind = '1'; }
            case SOCIAL_ORGANIZATION -> { department = '5'; kind = '2'; }
            default -> { department = '1'; kind = '2'; }
        }
        return CreditCodes.of(department, kind, spec.districtCode(),
                SequenceIds.padded("", rnd.nextInt(100_000_000), 8));
    }

    // ----------------------------------------------------------------- members

    private void members() {
        int total = spec.members();
        int unitMembers = unitBranches.isEmpty() ? 0 : total * 3 / 10;
        int residential = total - unitMembers;
        long[] cumulative = new long[compounds.size()];
        long sum = 0;
        for (int i = 0; i < compounds.size(); i++) {
            sum += compounds.get(i).households().orElseThrow();
            cumulative[i] = sum;
        }
        int idDefectsLeft = Math.max(1, total / 500);
        for (int m = 0; m < total; m++) {
            if (member(m, m < residential, cumulative, idDefectsLeft > 0)) {
                idDefectsLeft--;
            }
        }
        // A few transfers (组织关系转接) recorded in the new branch without ending the old membership.
        int overlaps = Math.max(1, total / 4000);
        Set<String> transferred = new HashSet<>();
        while (transferred.size() < overlaps) {
            String personId = memberIds.get(rnd.nextInt(memberIds.size()));
            String branch = findBranchOf(personId);
            String other = compoundBranch.get(compounds.get(rnd.nextInt(compounds.size())).id());
            if (other.equals(branch) || !transferred.add(personId)) {
                continue;
            }
            LocalDate from = yearStart.minusMonths(6).plusDays(rnd.nextInt(150));
            out.add(membership(personId, other, Role.MEMBER, null,
                    DateRange.startingOn(from.isBefore(founded.get(other)) ? founded.get(other) : from)));
            defects.add(new InjectedDefect(InjectedDefect.OVERLAPPING_MEMBERSHIP, personId,
                    "joined " + other + " while the membership in " + branch + " was never ended"));
        }
    }

    /**
     * One member: person, party-member record, membership and where they live.
     *
     * @param m the member's number
     * @param residentMember whether the member belongs to a residential branch (else to a unit's)
     * @param cumulative the compounds' cumulative household counts
     * @param mayBreakId whether an ID number defect may still be planted
     * @return whether one was planted
     */
    private boolean member(int m, boolean residentMember, long[] cumulative, boolean mayBreakId) {
        Area compound;
        String branch;
        if (residentMember) {
            // The first members give every residential group at least one; the rest follow households.
            compound = m < compounds.size() ? compounds.get(m) : compounds.get(pickCumulative(cumulative));
            branch = compoundBranch.get(compound.id());
        } else {
            compound = compounds.get(pickCumulative(cumulative));
            branch = unitBranches.get(rnd.nextInt(unitBranches.size()));
        }
        List<BuildingSite> sites = buildingsByCompound.get(compound.id());
        BuildingSite home = sites.get(rnd.nextInt(sites.size()));
        LocalDate birth = LocalDate.of(1940, 1, 1).plusDays(rnd.nextInt(62 * 365));
        Person person = person(birth, Optional.of(home.areaId()));
        boolean broke = false;
        if (mayBreakId && rnd.nextInt(400) == 0) {
            String id = person.idNumber().orElseThrow();
            String broken = id.substring(0, 17) + otherChar(id.charAt(17), "0123456789X");
            defects.add(new InjectedDefect(InjectedDefect.ID_CHECK_DIGIT, person.id(),
                    "check character " + id.charAt(17) + " replaced by " + broken.charAt(17)));
            person = new Person(person.id(), person.name(), Optional.of(broken), person.phone(), person.homeAreaId());
            broke = true;
        }
        out.add(person);
        LocalDate earliest = birth.plusYears(18);
        LocalDate joined = earliest.plusDays(rnd.nextInt((int) Math.max(1,
                ChronoUnit.DAYS.between(earliest, yearStart.minusYears(1)))));
        boolean probationary = rnd.nextInt(100) < 3;
        if (probationary) {
            joined = yearStart.minusYears(1).plusDays(rnd.nextInt(300));
        }
        out.add(new PartyMember(person.id(), probationary ? MemberStatus.PROBATIONARY : MemberStatus.FULL,
                Optional.of(joined)));
        LocalDate from = joined.isBefore(founded.get(branch)) ? founded.get(branch) : joined;
        out.add(membership(person.id(), branch, Role.MEMBER, null, DateRange.startingOn(from)));
        branchMembers.computeIfAbsent(branch, x -> new ArrayList<>()).add(person.id());
        memberBranch.put(person.id(), branch);
        residentsByBuilding.computeIfAbsent(home.areaId(), x -> new ArrayList<>()).add(person.id());
        communityResidents.computeIfAbsent(home.communityId(), x -> new ArrayList<>()).add(person.id());
        homeCommunity.put(person.id(), home.communityId());
        memberVitality.put(person.id(), vitality.get(compound.id()));
        memberIds.add(person.id());
        if (!residentMember) {
            inService.add(person.id());
        }
        return broke;
    }

    private String findBranchOf(String personId) {
        String branch = memberBranch.get(personId);
        if (branch == null) {
            throw new IllegalStateException("Member " + personId + " has no branch");
        }
        return branch;
    }

    private Person person(LocalDate birth, Optional<String> homeAreaId) {
        String id = SequenceIds.padded("P", ++personSeq, 6);
        String address = KUNMING_CODES[rnd.nextInt(KUNMING_CODES.length)];
        String idNumber = IdNumbers.of(address, birth, 1 + rnd.nextInt(999));
        String phone = "1" + "35789".charAt(rnd.nextInt(5)) + SequenceIds.padded("", rnd.nextInt(1_000_000_000), 9);
        return new Person(id, Names.person(rnd), Optional.of(idNumber), Optional.of(phone), homeAreaId);
    }

    private Membership membership(String personId, String orgId, Role role, String postId, DateRange period) {
        return new Membership(SequenceIds.padded("M", ++membershipSeq, 6), personId, orgId, role,
                Optional.ofNullable(postId), period);
    }

    // ------------------------------------------------------- posts and leaders

    private void postsAndLeaders() {
        LocalDate election = LocalDate.of(2021, 3, 1);
        for (PartyOrganization org : organizations) {
            leader(org, election);
        }
        // 楼长 and 党员中心户: residents of the building who are members of its residential branch.
        for (Area compound : compounds) {
            String branch = compoundBranch.get(compound.id());
            Set<String> branchSet = new HashSet<>(branchMembers.getOrDefault(branch, List.of()));
            for (BuildingSite site : buildingsByCompound.get(compound.id())) {
                buildingLeaders(compound, branch, branchSet, site, election);
            }
        }
        // 共建书记: an in-service member of a unit stationed in the community co-leads its 大党委.
        for (PartyOrganization org : organizations) {
            if (org.type() != OrganizationType.JOINT_COMMITTEE) {
                continue;
            }
            List<String> unitSeats = org.memberOrganizationIds().stream().filter(unitBranches::contains).sorted().toList();
            if (unitSeats.isEmpty()) {
                continue;
            }
            List<String> pool = branchMembers.getOrDefault(unitSeats.get(0), List.of());
            if (pool.isEmpty()) {
                continue;
            }
            String postId = post(org.id(), Role.CO_BUILD_SECRETARY, org.name() + "共建书记", org.areaId().orElse(null));
            out.add(membership(pool.get(rnd.nextInt(pool.size())), org.id(), Role.CO_BUILD_SECRETARY, postId,
                    DateRange.startingOn(election.plusDays(rnd.nextInt(365)))));
        }
    }

    /** An organisation's secretary (a 党小组's leader) from its own members, its parent's or anyone's. */
    private void leader(PartyOrganization org, LocalDate election) {
        List<String> own = branchMembers.getOrDefault(org.id(), List.of());
        List<String> pool = !own.isEmpty() ? own
                : org.type() == OrganizationType.GROUP
                        ? branchMembers.getOrDefault(org.parentId().orElseThrow(), memberIds) : memberIds;
        if (pool.isEmpty()) {
            pool = memberIds;
        }
        String holder = pool.get(rnd.nextInt(pool.size()));
        Role role = org.type() == OrganizationType.GROUP ? Role.GROUP_LEADER : Role.SECRETARY;
        String postId = post(org.id(), role, org.name() + (role == Role.GROUP_LEADER ? "组长" : "书记"),
                org.areaId().orElse(null));
        LocalDate from = election.isBefore(founded.get(org.id())) ? founded.get(org.id()) : election;
        out.add(membership(holder, org.id(), role, postId, DateRange.startingOn(from)));
    }

    /** A building's 楼长 and sometimes a 党员中心户, when members of the branch live there. */
    private void buildingLeaders(Area compound, String branch, Set<String> branchSet, BuildingSite site,
            LocalDate election) {
        List<String> residents = new ArrayList<>();
        for (String resident : residentsByBuilding.getOrDefault(site.areaId(), List.of())) {
            if (branchSet.contains(resident)) {
                residents.add(resident);
            }
        }
        if (residents.isEmpty()) {
            return;
        }
        String leader = residents.get(rnd.nextInt(residents.size()));
        String number = site.areaId().substring(site.areaId().length() - 2);
        String label = (number.charAt(0) == '0' ? number.substring(1) : number) + "栋";
        String postId = post(branch, Role.BUILDING_LEADER, compound.name() + label + "楼长", site.areaId());
        out.add(membership(leader, branch, Role.BUILDING_LEADER, postId,
                DateRange.startingOn(election.plusDays(rnd.nextInt(700)))));
        visitors.add(leader);
        if (residents.size() > 1 && rnd.nextInt(3) == 0) {
            String central = residents.get(rnd.nextInt(residents.size()));
            String cPost = post(branch, Role.CENTRAL_HOUSEHOLD, compound.name() + label + "党员中心户", site.areaId());
            out.add(membership(central, branch, Role.CENTRAL_HOUSEHOLD, cPost,
                    DateRange.startingOn(election.plusDays(rnd.nextInt(700)))));
            visitors.add(central);
        }
    }

    private String post(String orgId, Role role, String label, String areaId) {
        String id = SequenceIds.padded("T", ++postSeq, 5);
        out.add(new Post(id, orgId, role, label, Optional.ofNullable(areaId)));
        return id;
    }

    // ------------------------------------------------ cadres and grid workers

    private void cadresAndGridWorkers() {
        int leading = 0;
        int leadingTarget = Math.max(1, communities.size() * 100 / 111);
        for (Area community : communities) {
            List<String> residents = communityResidents.getOrDefault(community.id(), List.of());
            Set<String> chosen = new TreeSet<>();
            for (int i = 0; i < 6 && !residents.isEmpty(); i++) {
                chosen.add(residents.get(rnd.nextInt(residents.size())));
            }
            for (String personId : chosen) {
                boolean lead = leading < leadingTarget && rnd.nextInt(communities.size() * 6) < leadingTarget * 2;
                if (lead) {
                    leading++;
                }
                out.add(new Cadre(personId, Optional.of(community.id()),
                        lead ? Optional.of(ReserveTier.LEADING) : Optional.empty(),
                        Optional.of(PayGrade.ofRank(1 + weighted(new int[] {4, 8, 10, 12, 12, 10, 9, 8, 7, 5, 3, 2})))));
                trainees.add(personId);
                payrolled.add(personId);
            }
        }
        // 壮雁: young members; 雏雁: young people not (yet) in the party.
        int rising = Math.max(1, spec.communities() * 200 / 111);
        int fledgling = Math.max(1, spec.communities() * 400 / 111);
        for (int i = 0; i < rising; i++) {
            String personId = memberIds.get(rnd.nextInt(memberIds.size()));
            if (trainees.add(personId)) {
                out.add(new Cadre(personId, Optional.of(homeCommunity.get(personId)), Optional.of(ReserveTier.RISING),
                        Optional.empty()));
            }
        }
        for (int i = 0; i < fledgling; i++) {
            Area community = communities.get(rnd.nextInt(communities.size()));
            Person p = person(LocalDate.of(1990, 1, 1).plusDays(rnd.nextInt(12 * 365)), Optional.of(community.id()));
            out.add(p);
            out.add(new Cadre(p.id(), Optional.of(community.id()), Optional.of(ReserveTier.FLEDGLING), Optional.empty()));
            trainees.add(p.id());
        }
        for (Area community : communities) {
            int workers = 3 + rnd.nextInt(5);
            for (int w = 0; w < workers; w++) {
                Person p = person(LocalDate.of(1975, 1, 1).plusDays(rnd.nextInt(25 * 365)), Optional.of(community.id()));
                out.add(p);
                String postId = post(communityOrg.get(community.id()), Role.GRID_WORKER,
                        community.name() + "第" + (w + 1) + "网格员", community.id());
                out.add(membership(p.id(), communityOrg.get(community.id()), Role.GRID_WORKER, postId,
                        DateRange.startingOn(LocalDate.of(2022, 1, 1).plusDays(rnd.nextInt(700)))));
            }
        }
    }

    // ------------------------------------------------------------------ events

    private void events() {
        for (String member : memberIds) {
            memberEvents(member);
        }
        for (String visitor : visitors) {
            visits(visitor);
        }
        Instant yearEndAssessment = LocalDate.of(spec.year(), 12, 20).atTime(10, 0).atZone(ChinaTime.ZONE).toInstant();
        for (String trainee : trainees) {
            training(trainee, yearEndAssessment);
        }
        for (StationedUnit unit : stationedUnits) {
            double engagement = rnd.nextDouble();
            for (int month = 1; month <= 12; month++) {
                if (rnd.nextDouble() < 0.4 + 0.6 * engagement) {
                    event(EventTypes.UNIT_PARTICIPATION, unit.id(), timeIn(month),
                            count(3 + rnd.nextInt(4 + (int) (10 * engagement))), unit.areaId(),
                            pickMap(UNIT_ACTIVITIES));
                }
            }
        }
        List<IndicatorValue> yearEnd = new ArrayList<>();
        Map<String, List<String>> indicators = indicators();
        for (PartyOrganization org : organizations) {
            if (org.type() != OrganizationType.GROUP && org.type() != OrganizationType.ALLIANCE) {
                yearEndIndicators(org, yearEndAssessment, indicators, yearEnd);
            }
        }
        monthlyIndicators(yearEnd);
    }

    /** A member's meetings, volunteering, service reports and misconduct over the year. */
    private void memberEvents(String member) {
        String area = homeCommunity.get(member);
        Optional<String> where = Optional.ofNullable(area);
        double v = memberVitality.get(member) * (0.8 + 0.4 * rnd.nextDouble());
        double diligence = Math.min(0.97, 0.35 + 0.55 * v);
        for (int month = 1; month <= 12; month++) {
            meeting(member, where, month, THEME_DAY, diligence);
            if (month % 3 == 0) {
                meeting(member, where, month, PARTY_LECTURE, diligence);
            }
        }
        int volunteering = rnd.nextInt(1 + (int) Math.round(10 * v));
        for (int i = 0; i < volunteering; i++) {
            event(EventTypes.VOLUNTEER_SERVICE, member, randomTime(), HALF_HOURS.get(rnd.nextInt(HALF_HOURS.size())),
                    where, pickMap(VOLUNTEERING));
        }
        if (inService.contains(member)) {
            int reports = rnd.nextInt(1 + (int) Math.round(8 * v));
            for (int r = 0; r < reports; r++) {
                event(EventTypes.REPORT_SERVICE, member, randomTime(), BigDecimal.ONE, where,
                        Map.of("community", area));
            }
        }
        if (rnd.nextInt(300) == 0) {
            event(EventTypes.MISCONDUCT, member, randomTime(), BigDecimal.ONE, where, MISCONDUCT);
        }
    }

    /** A 楼长's or 党员中心户's household visits, month by month. */
    private void visits(String visitor) {
        Optional<String> where = Optional.ofNullable(homeCommunity.get(visitor));
        for (int month = 1; month <= 12; month++) {
            if (rnd.nextDouble() < 0.3 + 0.6 * memberVitality.getOrDefault(visitor, 0.6)) {
                event(EventTypes.HOUSEHOLD_VISIT, visitor, timeIn(month), count(2 + rnd.nextInt(9)),
                        where, Map.of());
            }
        }
    }

    /** A trainee's training credits and absences, and a payrolled cadre's year-end assessment. */
    private void training(String trainee, Instant yearEndAssessment) {
        Optional<String> where = Optional.ofNullable(homeCommunity.getOrDefault(trainee, null));
        double zeal = rnd.nextDouble();
        int sessions = 8 + rnd.nextInt(6 + (int) (10 * zeal));
        for (int s = 0; s < sessions; s++) {
            event(EventTypes.TRAINING_CREDIT, trainee, randomTime(), count(2 + rnd.nextInt(6)),
                    where, pickMap(COURSES));
        }
        int absences = rnd.nextDouble() < 0.3 * (1 - zeal) ? 1 + rnd.nextInt(3) : 0;
        for (int a = 0; a < absences; a++) {
            event(EventTypes.TRAINING_ABSENT, trainee, randomTime(), BigDecimal.ONE, where,
                    Map.of());
        }
        if (payrolled.contains(trainee)) {
            event(EventTypes.CADRE_ASSESSMENT, trainee, yearEndAssessment, count(40 + Math.round(50 * zeal)),
                    where, Map.of());
        }
    }

    /** An organisation's year-end indicator values (a few missing) and, for a branch, its assessment. */
    private void yearEndIndicators(PartyOrganization org, Instant yearEndAssessment,
            Map<String, List<String>> indicators, List<IndicatorValue> yearEnd) {
        double quality = 50 + 48 * rnd.nextDouble();
        for (Map.Entry<String, List<String>> category : indicators.entrySet()) {
            for (String indicator : category.getValue()) {
                if (rnd.nextInt(20) == 0) {
                    continue; // missing data: the composite index's missing-data policy decides
                }
                int value = (int) Math.max(0, Math.min(100, Math.round(quality + rnd.nextGaussian() * 10)));
                Map<String, String> attributes = Map.of("indicator", indicator, "category", category.getKey());
                event(EventTypes.INDICATOR_VALUE, org.id(), yearEndAssessment, count(value), org.areaId(), attributes);
                yearEnd.add(new IndicatorValue(org, attributes, value));
            }
        }
        if (org.type() == OrganizationType.BRANCH) {
            int points = (int) Math.max(0, Math.min(100, Math.round(quality + rnd.nextGaussian() * 6)));
            event(EventTypes.BRANCH_ASSESSMENT, org.id(), yearEndAssessment, count(points), org.areaId(),
                    Map.of("assessment", "星级示范党支部"));
        }
    }

    /** A year-end indicator value of an organisation, with the attributes its events carry. */
    private record IndicatorValue(PartyOrganization org, Map<String, String> attributes, int value) {
    }

    /**
     * The monthly 先锋指数 report needs every month's indicator values: January to November lead up to the
     * year-end values (each subdistrict at its own pace), the same indicators, on the 20th. They come
     * from their own random stream and after every other event, so the other records stay the same;
     * the year-end values stay the latest, so the annual index is unchanged.
     */
    private void monthlyIndicators(List<IndicatorValue> yearEnd) {
        SplittableRandom monthly = new SplittableRandom(seed ^ 0x5DEECE66DL);
        Map<String, Double> streetPace = new java.util.TreeMap<>();
        communities.forEach(c -> streetPace.put(c.parentId().orElseThrow(), 0.0));
        streetPace.replaceAll((street, pace) -> -0.4 + 2.0 * monthly.nextDouble());
        Map<String, Double> orgPace = new HashMap<>();
        // Each value's organisation's pace, drawn in January when the organisation first comes up.
        double[] paces = new double[yearEnd.size()];
        for (int month = 1; month <= 11; month++) {
            Instant at = LocalDate.of(spec.year(), month, 20).atTime(10, 0).atZone(ChinaTime.ZONE).toInstant();
            for (int i = 0; i < paces.length; i++) {
                IndicatorValue v = yearEnd.get(i);
                if (month == 1) {
                    paces[i] = pace(v, orgPace, streetPace, monthly);
                }
                monthlyValue(v, month, at, paces[i], monthly);
            }
        }
    }

    /** An organisation's pace towards its year-end values, drawn when the organisation first comes up. */
    private double pace(IndicatorValue v, Map<String, Double> orgPace, Map<String, Double> streetPace,
            SplittableRandom monthly) {
        Double pace = orgPace.get(v.org().id());
        if (pace == null) {
            pace = streetPace.getOrDefault(streetOf(v.org().areaId().orElse(null)), 0.5) + 0.6 * monthly.nextGaussian();
            orgPace.put(v.org().id(), pace);
        }
        return pace;
    }

    private void monthlyValue(IndicatorValue v, int month, Instant at, double pace, SplittableRandom monthly) {
        long value = Math.max(0, Math.min(100, Math.round(v.value() - pace * (12 - month) + 3 * monthly.nextGaussian())));
        event(EventTypes.INDICATOR_VALUE, v.org().id(), at, count(value), v.org().areaId(), v.attributes());
    }

    /** The subdistrict of an area (a compound, community or subdistrict), or null above that level. */
    private String streetOf(String areaId) {
        String community = compoundCommunity.getOrDefault(areaId, areaId);
        for (Area c : communities) {
            if (c.id().equals(community)) {
                return c.parentId().orElse(null);
            }
        }
        return areaId;
    }

    private void meeting(String member, Optional<String> area, int month, Map<String, String> kind, double diligence) {
        double draw = rnd.nextDouble();
        Instant at = timeIn(month);
        if (draw < diligence) {
            event(EventTypes.MEETING_ATTENDED, member, at, BigDecimal.ONE, area, kind);
        } else if (draw < diligence + 0.04) {
            event(EventTypes.MEETING_MISSED, member, at, BigDecimal.ONE, area, kind);
        }
        // Otherwise absent with leave: no event.
    }

    /** An event; its area is taken as an {@code Optional} so that the events of one subject share one. */
    private void event(String type, String subject, Instant at, BigDecimal quantity, Optional<String> area,
            Map<String, String> attributes) {
        out.add(new Event(eventIds.next(), type, subject, at, quantity, area, attributes));
    }

    /** {@code BigDecimal.valueOf(n)}, shared for the counts and scores 0 to 100 that most events carry. */
    private static BigDecimal count(long n) {
        return n >= 0 && n < COUNTS.size() ? COUNTS.get((int) n) : BigDecimal.valueOf(n);
    }

    private Instant randomTime() {
        return at(yearStart.toEpochDay(), rnd.nextInt(daysInYear));
    }

    private Instant timeIn(int month) {
        return at(monthStart[month], rnd.nextInt(monthLength[month]));
    }

    /**
     * A random working-hours minute of a day, {@code 8:00} to {@code 19:59} in Asia/Shanghai (the hour drawn
     * before the minute). With the year's one offset it is found by arithmetic, else through the zone's
     * rules: the same instant either way.
     */
    private Instant at(long firstEpochDay, int plusDays) {
        int hour = 8 + rnd.nextInt(12);
        int minute = rnd.nextInt(60);
        if (fixedOffset == Integer.MIN_VALUE) {
            return LocalDate.ofEpochDay(firstEpochDay + plusDays).atTime(hour, minute).atZone(ChinaTime.ZONE).toInstant();
        }
        return Instant.ofEpochSecond((firstEpochDay + plusDays) * 86_400L + hour * 3600L + minute * 60L
                - fixedOffset);
    }

    // ------------------------------------------------------------------ rivers

    private List<River> rivers() {
        List<River> rivers = new ArrayList<>();
        for (int r = 0; r < spec.rivers(); r++) {
            List<Double> lons = new ArrayList<>();
            List<Double> lats = new ArrayList<>();
            // The walk runs in CITY, then is stretched onto the district's box: the same draws for every outline.
            double lon = CITY.minLon() + CITY.width() * (0.1 + 0.8 * (r + rnd.nextDouble()) / Math.max(1, spec.rivers()));
            double lat = CITY.maxLat() - CITY.height() * 0.05 * rnd.nextDouble();
            double heading = Math.PI * (1.25 + 0.3 * rnd.nextDouble()); // south to south-west, towards 滇池
            int vertices = 14 + rnd.nextInt(10);
            for (int v = 0; v < vertices && CITY.contains(lon, lat); v++) {
                lons.add(bounds.minLon() + (lon - CITY.minLon()) / CITY.width() * bounds.width());
                lats.add(bounds.minLat() + (lat - CITY.minLat()) / CITY.height() * bounds.height());
                heading += (rnd.nextDouble() - 0.5) * 0.6;
                double step = 0.004 + 0.006 * rnd.nextDouble();
                lon += Math.cos(heading) * step;
                lat += Math.sin(heading) * step;
            }
            if (lons.size() >= 2) {
                rivers.add(new River(SequenceIds.padded("RV", r + 1, 2), Names.river(r), lons, lats));
            }
        }
        return rivers;
    }

    // ------------------------------------------------------------------- cases

    private List<WhistleCase> cases() {
        // Situations by kind, in code order so that the draw does not depend on the catalogue's order.
        Map<WhistleKind, List<Situation>> byKind = new java.util.EnumMap<>(WhistleKind.class);
        SituationCatalogue.defaults().situations().stream().sorted(java.util.Comparator.comparing(Situation::code))
                .forEach(s -> byKind.computeIfAbsent(s.kind(), k -> new ArrayList<>()).add(s));
        List<WhistleCase> cases = new ArrayList<>();
        Instant end = yearEnd.atStartOfDay(ChinaTime.ZONE).toInstant();
        for (int c = 0; c < spec.cases(); c++) {
            WhistleKind kind = KINDS[weighted(KIND_WEIGHTS)];
            List<Situation> options = byKind.get(kind);
            Situation situation = options.get(rnd.nextInt(options.size()));
            Area community = communities.get(rnd.nextInt(communities.size()));
            Box box = communityBoxes.get(community.id());
            Instant t = randomTime();
            List<WhistleCase.Step> steps = new ArrayList<>();
            steps.add(new WhistleCase.Step("received", t, ""));
            int fate = rnd.nextInt(100);
            if (fate < 4 && !cases.isEmpty()) {
                String original = cases.get(rnd.nextInt(cases.size())).id();
                steps.add(new WhistleCase.Step("duplicate", t.plusSeconds(600 + rnd.nextInt(7200)), original));
            } else if (fate < 7) {
                steps.add(new WhistleCase.Step("rejected", t.plusSeconds(1800 + rnd.nextInt(86_400)), "不属于受理范围"));
            } else {
                // Departments differ in speed, so the per-department metrics show a spread.
                double lead = slowness(situation.departments().get(0));
                steps.add(new WhistleCase.Step("whistled", t = t.plusSeconds(600 + rnd.nextInt(2 * 3600)), ""));
                Instant whistled = t;
                Instant lastReport = t;
                for (String department : situation.departments()) {
                    long hours = situation.respondWithin().toHours();
                    Instant at = whistled.plusSeconds((long) (3600 * Math.max(1, hours) * rnd.nextDouble() * 1.6
                            * slowness(department)) + 60);
                    steps.add(new WhistleCase.Step("reported", at, department));
                    lastReport = at.isAfter(lastReport) ? at : lastReport;
                }
                steps.sort(java.util.Comparator.comparing(WhistleCase.Step::at));
                t = lastReport;
                steps.add(new WhistleCase.Step("handling", t = t.plusSeconds(60 + rnd.nextInt(6 * 3600)), ""));
                long resolveSeconds = situation.resolveWithin().toSeconds();
                steps.add(new WhistleCase.Step("resolved", t = t.plusSeconds((long) (resolveSeconds
                        * (0.2 + 0.9 * rnd.nextDouble()) * lead)), ""));
                steps.add(new WhistleCase.Step("evaluated", t = t.plusSeconds(86_400 + rnd.nextInt(2 * 86_400)), ""));
                if (fate < 12) {
                    steps.add(new WhistleCase.Step("reopened", t = t.plusSeconds(3600 + rnd.nextInt(86_400)), "群众不满意"));
                    steps.add(new WhistleCase.Step("handling", t = t.plusSeconds(rnd.nextInt(86_400)), ""));
                    steps.add(new WhistleCase.Step("resolved", t = t.plusSeconds(86_400L * (1 + rnd.nextInt(5))), ""));
                    steps.add(new WhistleCase.Step("evaluated", t = t.plusSeconds(86_400 + rnd.nextInt(86_400)), ""));
                }
                steps.add(new WhistleCase.Step("closed", t.plusSeconds(rnd.nextInt(2 * 86_400)), ""));
            }
            List<WhistleCase.Step> inYear = steps.stream().filter(s -> s.at().isBefore(end)).toList();
            double u = rnd.nextDouble();
            double[] at = Geography.pointIn(preparedCommunities.get(community.id()), box, u, rnd.nextDouble(), geo);
            cases.add(new WhistleCase(SequenceIds.padded("W", c + 1, 5), situation.code(), community.id(), situation.name(),
                    at[0], at[1], inYear));
        }
        cases.sort((a, b) -> a.received().compareTo(b.received()) != 0 ? a.received().compareTo(b.received())
                : a.id().compareTo(b.id()));
        return Collections.unmodifiableList(cases);
    }

    /** A department's speed factor, fixed by its id (String.hashCode is specified, so this is stable). */
    private static double slowness(String department) {
        return 0.6 + (Math.floorMod(department.hashCode(), 9)) / 10.0;
    }

    // ----------------------------------------------------------------- helpers

    /** Splits {@code total} into {@code parts} near-equal counts, the remainder going to the first parts. */
    private static int[] spread(int total, int parts) {
        int[] counts = new int[parts];
        for (int i = 0; i < parts; i++) {
            counts[i] = total / parts + (i < total % parts ? 1 : 0);
        }
        return counts;
    }

    private int weighted(int[] weights) {
        int sum = 0;
        for (int w : weights) {
            sum += w;
        }
        int draw = rnd.nextInt(sum);
        for (int i = 0; i < weights.length; i++) {
            draw -= weights[i];
            if (draw < 0) {
                return i;
            }
        }
        return weights.length - 1;
    }

    private int pickCumulative(long[] cumulative) {
        long draw = rnd.nextLong(cumulative[cumulative.length - 1]);
        int lo = 0;
        int hi = cumulative.length - 1;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (cumulative[mid] > draw) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    /**
     * A name without its last character: {@code replaceAll(".$", "")} without compiling a pattern per call.
     * The names come from {@link Names}, whose characters are all single UTF-16 units and no line terminators,
     * so the regular expression's last code point is the last char.
     */
    private static String withoutLastChar(String name) {
        return name.substring(0, name.length() - 1);
    }

    /** One of the attribute maps, drawn as {@link #pick} draws. */
    private Map<String, String> pickMap(List<Map<String, String>> values) {
        return values.get(rnd.nextInt(values.size()));
    }

    /** One attribute map for each value, made once: events share them (they are immutable). */
    private static List<Map<String, String>> attributeMaps(String key, String... values) {
        List<Map<String, String>> maps = new ArrayList<>(values.length);
        for (String value : values) {
            maps.add(Map.of(key, value));
        }
        return List.copyOf(maps);
    }

    /** 0.5 to 4 hours by half hours, as {@code BigDecimal.valueOf(k, 0).divide(BigDecimal.valueOf(2))} gave them. */
    private static List<BigDecimal> halfHours() {
        List<BigDecimal> hours = new ArrayList<>(8);
        for (int k = 1; k <= 8; k++) {
            hours.add(BigDecimal.valueOf(k, 0).divide(BigDecimal.valueOf(2)));
        }
        return List.copyOf(hours);
    }

    /** {@code BigDecimal.valueOf(n)} for n = 0 to 100. */
    private static List<BigDecimal> counts() {
        List<BigDecimal> counts = new ArrayList<>(101);
        for (int n = 0; n <= 100; n++) {
            counts.add(BigDecimal.valueOf(n));
        }
        return List.copyOf(counts);
    }

    private String pick(String[] values) {
        return values[rnd.nextInt(values.length)];
    }

    private char otherChar(char current, String alphabet) {
        char c;
        do {
            c = alphabet.charAt(rnd.nextInt(alphabet.length()));
        } while (c == current);
        return c;
    }
}
