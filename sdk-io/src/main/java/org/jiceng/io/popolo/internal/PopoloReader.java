package org.jiceng.io.popolo.internal;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.jiceng.core.model.Area;
import org.jiceng.core.model.AreaLevel;
import org.jiceng.core.model.DateRange;
import org.jiceng.core.model.Dataset;
import org.jiceng.core.model.MemberStatus;
import org.jiceng.core.model.Membership;
import org.jiceng.core.model.OrganizationType;
import org.jiceng.core.model.PartyMember;
import org.jiceng.core.model.PartyOrganization;
import org.jiceng.core.model.Person;
import org.jiceng.core.model.Post;
import org.jiceng.core.model.Role;
import org.jiceng.io.geojson.internal.CollectionsReader;
import org.jiceng.io.geojson.internal.JsonDocumentException;
import org.jiceng.io.geojson.internal.JsonRow;
import org.jiceng.io.geojson.internal.JsonProblem;
import org.jiceng.io.geojson.internal.ObjectFields;
import org.jiceng.io.geojson.internal.RowListener;
import org.jiceng.io.popolo.Popolo;
import org.jspecify.annotations.Nullable;

/**
 * Reads a Popolo JSON document object by object (one object tree in memory at a time). See
 * {@link Popolo} for the mapping. Not API.
 */
public final class PopoloReader {

    private static final Set<String> PHONE_TYPES = Set.of("voice", "cell", "phone", "mobile", "tel");

    /** Field paths of the model components inside a Popolo object, by record type, for error reports. */
    public static final Map<Class<?>, Map<String, String>> FIELDS = Map.of(
            Person.class, Map.of("id", "id", "name", "name", "idNumber", "identifiers", "phone", "contact_details",
                    "homeAreaId", "jiceng/home_area_id"),
            PartyMember.class, Map.of("personId", "id", "status", "jiceng/party_member/status", "joined",
                    "jiceng/party_member/joined"),
            PartyOrganization.class, Map.of("id", "id", "name", "name", "type", "classification", "parentId",
                    "parent_id", "areaId", "area_id", "founded", "founding_date", "dissolved", "dissolution_date",
                    "memberOrganizationIds", "jiceng/member_organization_ids"),
            Membership.class, Map.of("id", "id", "personId", "person_id", "organizationId", "organization_id", "role",
                    "role", "postId", "post_id", "period", "start_date"),
            Post.class, Map.of("id", "id", "organizationId", "organization_id", "role", "role", "label", "label",
                    "areaId", "area_id"),
            Area.class, Map.of("id", "id", "name", "name", "level", "classification", "parentId", "parent_id",
                    "divisionCode", "identifiers", "geometryRef", "jiceng/geometry_ref", "households",
                    "jiceng/households", "population", "jiceng/population"));

    /** The members each section's objects may have; any other member is reported as ignored, once. */
    private static final Map<String, Set<String>> KNOWN_MEMBERS = Map.of(
            "persons", Set.of("id", "name", "identifiers", "contact_details", Popolo.EXTENSION, "memberships"),
            "organizations", Set.of("id", "name", "classification", "parent_id", "area_id", "founding_date",
                    "dissolution_date", Popolo.EXTENSION, "memberships"),
            "memberships", Set.of("id", "person_id", "member", "organization_id", "role", "post_id", "start_date",
                    "end_date"),
            "posts", Set.of("id", "label", "role", "organization_id", "area_id"),
            "areas", Set.of("id", "name", "classification", "parent_id", "identifiers", Popolo.EXTENSION));

    private final Dataset.Builder dataset = Dataset.builder();
    private final Set<String> ignoredSections = new LinkedHashSet<>();
    private final Map<String, Set<String>> ignoredMembers = new java.util.LinkedHashMap<>();
    private final Map<String, Set<String>> idsByKind = new HashMap<>();
    private final CollectionsReader collections;

    /**
     * @param maxRows the most objects read before the document is refused
     * @param maxRowBytes the most bytes of one object
     * @param maxNesting the deepest JSON nesting accepted
     */
    public PopoloReader(long maxRows, long maxRowBytes, int maxNesting) {
        this.collections = new CollectionsReader(maxRows, maxRowBytes, maxNesting);
    }

    /** @return the top-level members that are not sections the model holds (events, meta, vote_events …) */
    public Set<String> ignoredSections() {
        return java.util.Collections.unmodifiableSet(ignoredSections);
    }

    /**
     * @return per section (e.g. {@code persons}), the members of its objects that no model field takes
     *     (e.g. {@code gender}, {@code image}), and identifier schemes other than the ones mapped
     */
    public Map<String, Set<String>> ignoredMembers() {
        return java.util.Collections.unmodifiableMap(ignoredMembers);
    }

    /**
     * @param in UTF-8 Popolo JSON (not closed)
     * @param listener receives each object outcome
     * @return the accepted records (those read so far when the listener stopped)
     * @throws JsonDocumentException for malformed JSON, a top level that is not an object, a
     *     collection that is not an array, or an exceeded limit
     */
    public Dataset read(InputStream in, RowListener listener) {
        run(in, listener, true);
        return dataset.build();
    }

    /**
     * Reads the document keeping nothing but the ids seen (for the duplicate check).
     *
     * @param in UTF-8 Popolo JSON (not closed)
     * @param listener receives each object outcome
     * @throws JsonDocumentException as {@link #read}
     */
    public void stream(InputStream in, RowListener listener) {
        run(in, listener, false);
    }

    private void run(InputStream in, RowListener listener, boolean collect) {
        collections.read(in, "Popolo", new CollectionsReader.Handler() {
            @Override
            public boolean isCollection(String field) {
                return mapping(field) != null;
            }

            @Override
            public void member(String field, JsonParser parser) {
                ignoredSections.add(field); // meta, events, vote_events …: reported by the format as ignored
            }

            @Override
            public boolean row(JsonRow row) {
                ObjectFields fields = new ObjectFields(row.node(), row.pointer(), "");
                List<Record> records = null;
                if (!row.node().isObject()) {
                    fields.problem("", row.node(), "type:object", "元素必须是 JSON 对象", "an element must be a JSON object");
                } else {
                    noteIgnoredMembers(row.section(), row.node());
                    // Rows come only from sections isCollection accepted.
                    records = Objects.requireNonNull(mapping(row.section())).apply(fields);
                }
                if (records != null && fields.ok() && unique(row.section(), fields, records)) {
                    if (collect) {
                        records.forEach(dataset::add);
                    }
                    if (!fields.notes().isEmpty()) {
                        listener.noted(row, fields.notes());
                    }
                    return listener.accepted(row, records);
                }
                return listener.rejected(row, problemsOf(fields));
            }

            @Override
            public void end() {
                // nothing to check: every collection is optional
            }
        });
    }

    /** @return how to read the members of a collection section, or {@code null} when it is no collection */
    private @Nullable Function<ObjectFields, List<Record>> mapping(String field) {
        return switch (field) {
            case "persons" -> this::person;
            case "organizations" -> this::organization;
            case "memberships" -> this::membership;
            case "posts" -> this::post;
            case "areas" -> this::area;
            default -> null;
        };
    }

    private static List<JsonProblem> problemsOf(ObjectFields row) {
        if (row.ok()) { // defensive: a rejected row always explains itself
            row.problem("", null, "popolo:object", "对象无法转换为模型记录", "object cannot be mapped to a model record");
        }
        return row.problems();
    }

    private void noteIgnoredMembers(String section, JsonNode node) {
        Set<String> known = KNOWN_MEMBERS.getOrDefault(section, Set.of());
        node.fieldNames().forEachRemaining(name -> {
            if (!known.contains(name)) {
                ignoredMembers.computeIfAbsent(section, k -> new LinkedHashSet<>()).add(name);
            }
        });
    }

    /**
     * The row's first record must have an id new in its section, and every embedded membership an id new
     * among the memberships; otherwise the whole row is rejected.
     */
    private boolean unique(String field, ObjectFields row, List<Record> records) {
        String id = ((org.jiceng.core.model.Identified) records.get(0)).id();
        if (!idsByKind.computeIfAbsent(field, k -> new HashSet<>()).add(id)) {
            row.problem("id", row.member("id"), "unique-id", field + " 中重复的 id: " + id,
                    "duplicate id in " + field + ": " + id);
            return false;
        }
        for (Record r : records.subList(1, records.size())) {
            if (r instanceof Membership m && !idsByKind.computeIfAbsent("memberships", k -> new HashSet<>()).add(m.id())) {
                row.problem("memberships", null, "unique-id", "内嵌的 membership id 重复: " + m.id(),
                        "duplicate id of an embedded membership: " + m.id());
                return false;
            }
        }
        return true;
    }

    private @Nullable List<Record> person(ObjectFields row) {
        String id = row.reqString("id");
        String name = row.reqString("name");
        Optional<String> idNumber = idNumber(row);
        Optional<String> phone = phone(row);
        ObjectFields ext = extension(row);
        Optional<String> home = ext.optNonBlank("home_area_id");
        JsonNode memberNode = ext.member("party_member");
        Optional<MemberStatus> status = Optional.empty();
        Optional<LocalDate> joined = Optional.empty();
        if (!memberNode.isMissingNode()) {
            if (!memberNode.isObject()) {
                ext.problem("party_member", memberNode, "type:object", "jiceng.party_member 必须是对象",
                        "jiceng.party_member must be an object");
            } else {
                ObjectFields pm = ObjectFields.nested(row, memberNode, Popolo.EXTENSION + "/party_member/");
                status = Optional.ofNullable(pm.reqEnum("status", MemberStatus::parse, "enum:MemberStatus"));
                joined = popoloDate(pm, "joined", true);
            }
        }
        List<Record> embedded = embeddedMemberships(row, Optional.ofNullable(id), Optional.empty());
        if (!row.ok() || id == null || name == null) {
            return null;
        }
        Person person = new Person(id, name, idNumber, phone, home);
        List<Record> records = new java.util.ArrayList<>();
        records.add(person);
        if (status.isPresent()) {
            records.add(new PartyMember(id, status.get(), joined));
        }
        records.addAll(embedded);
        return List.copyOf(records);
    }

    /** The {@code identifiers} array; empty when absent, or when it is not an array (reported on the row). */
    private static Optional<JsonNode> identifiers(ObjectFields row) {
        JsonNode identifiers = row.member("identifiers");
        if (identifiers.isMissingNode()) {
            return Optional.empty();
        }
        if (!identifiers.isArray()) {
            row.problem("identifiers", identifiers, "type:array", "identifiers 必须是数组", "identifiers must be an array");
            return Optional.empty();
        }
        return Optional.of(identifiers);
    }

    private static Optional<String> idNumber(ObjectFields row) {
        Optional<JsonNode> array = identifiers(row);
        if (array.isEmpty()) {
            return Optional.empty();
        }
        JsonNode identifiers = array.get();
        Optional<String> found = Optional.empty();
        for (int i = 0; i < identifiers.size(); i++) {
            ObjectFields item = ObjectFields.nested(row, identifiers.get(i), "identifiers/" + i + "/");
            if (!identifiers.get(i).isObject()) {
                row.problem("identifiers/" + i, identifiers.get(i), "type:object", "identifier 必须是对象",
                        "an identifier must be an object");
                continue;
            }
            Optional<String> scheme = item.optString("scheme");
            String value = item.reqString("identifier");
            if (scheme.filter(PopoloReader::isIdNumberScheme).isPresent() && value != null) {
                if (found.isPresent() && !found.get().equals(value)) {
                    row.problem("identifiers/" + i, identifiers.get(i), "single-id-number", "一个人只能有一个身份证号",
                            "a person can have only one ID number");
                }
                found = Optional.of(value);
            }
        }
        return found;
    }

    private static boolean isIdNumberScheme(String scheme) {
        return scheme.equalsIgnoreCase(Popolo.SCHEME_ID_NUMBER) || scheme.equalsIgnoreCase(Popolo.SCHEME_ID_NUMBER_MASKED);
    }

    private static Optional<String> phone(ObjectFields row) {
        JsonNode contacts = row.member("contact_details");
        if (contacts.isMissingNode()) {
            return Optional.empty();
        }
        if (!contacts.isArray()) {
            row.problem("contact_details", contacts, "type:array", "contact_details 必须是数组",
                    "contact_details must be an array");
            return Optional.empty();
        }
        for (int i = 0; i < contacts.size(); i++) {
            JsonNode c = contacts.get(i);
            if (!c.isObject()) {
                row.problem("contact_details/" + i, c, "type:object", "联系方式必须是对象", "a contact detail must be an object");
                return Optional.empty();
            }
            ObjectFields item = ObjectFields.nested(row, c, "contact_details/" + i + "/");
            Optional<String> type = item.optString("type");
            if (type.map(t -> PHONE_TYPES.contains(t.toLowerCase(java.util.Locale.ROOT))).orElse(false)) {
                return Optional.ofNullable(item.reqString("value"));
            }
        }
        return Optional.empty();
    }

    private static ObjectFields extension(ObjectFields row) {
        JsonNode ext = row.member(Popolo.EXTENSION);
        if (!ext.isMissingNode() && !ext.isObject()) {
            row.problem(Popolo.EXTENSION, ext, "type:object", Popolo.EXTENSION + " 扩展字段必须是对象",
                    Popolo.EXTENSION + " extension must be an object");
        }
        return ObjectFields.nested(row, ext.isObject() ? ext : com.fasterxml.jackson.databind.node.MissingNode.getInstance(),
                Popolo.EXTENSION + "/");
    }

    private @Nullable List<Record> organization(ObjectFields row) {
        String id = row.reqString("id");
        String name = row.reqString("name");
        OrganizationType type = row.reqEnum("classification", OrganizationType::parse, "enum:OrganizationType");
        Optional<String> parent = row.optNonBlank("parent_id");
        Optional<String> area = row.optNonBlank("area_id");
        Optional<LocalDate> founded = popoloDate(row, "founding_date", true);
        Optional<LocalDate> dissolved = popoloDate(row, "dissolution_date", true);
        ObjectFields ext = extension(row);
        Set<String> seated = new LinkedHashSet<>(ext.stringArray("member_organization_ids"));
        List<Record> embedded = embeddedMemberships(row, Optional.empty(), Optional.ofNullable(id));
        if (!row.ok() || id == null || name == null || type == null) {
            return null;
        }
        try {
            List<Record> records = new java.util.ArrayList<>();
            records.add(new PartyOrganization(id, name, type, parent, area, founded, dissolved, seated));
            records.addAll(embedded);
            return List.copyOf(records);
        } catch (IllegalArgumentException e) {
            row.problem("dissolution_date", row.member("dissolution_date"), "date-order",
                    "撤销日期必须晚于成立日期", "dissolution_date must be after founding_date");
            return null;
        }
    }

    private @Nullable List<Record> membership(ObjectFields row) {
        Membership m = membership(row, Optional.empty(), Optional.empty());
        return m == null ? null : List.of(m);
    }

    /**
     * Memberships embedded in a person or organisation ({@code memberships: [...]}, Popolo allows both):
     * the person or organisation is implied when the embedded object leaves it out.
     */
    private List<Record> embeddedMemberships(ObjectFields row, Optional<String> person, Optional<String> organization) {
        JsonNode array = row.member("memberships");
        if (array.isMissingNode()) {
            return List.of();
        }
        if (!array.isArray()) {
            row.problem("memberships", array, "type:array", "memberships 必须是数组", "memberships must be an array");
            return List.of();
        }
        List<Record> out = new java.util.ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            JsonNode node = array.get(i);
            if (!node.isObject()) {
                row.problem("memberships/" + i, node, "type:object", "membership 必须是对象", "a membership must be an object");
                continue;
            }
            noteIgnoredMembers("memberships", node);
            Membership m = membership(ObjectFields.nested(row, node, "memberships/" + i + "/"), person, organization);
            if (m != null) {
                out.add(m);
            }
        }
        return out;
    }

    /**
     * One membership. Without {@code id} the id is derived as
     * {@code person_id|organization_id|role|start_date} (the texts as written, {@code start_date} empty when
     * absent), stable across reads; without {@code start_date} the membership holds since an unknown day
     * ({@link DateRange#UNKNOWN_START}); both with a warning.
     */
    private @Nullable Membership membership(ObjectFields row, Optional<String> impliedPerson, Optional<String> impliedOrg) {
        Optional<String> givenId = row.optNonBlank("id");
        String personId = impliedPerson.isPresent() && row.member("person_id").isMissingNode()
                && row.member("member").isMissingNode() ? impliedPerson.get() : memberPersonId(row);
        String organizationId = impliedOrg.isPresent() && row.member("organization_id").isMissingNode()
                ? impliedOrg.get() : row.reqString("organization_id");
        Role role = row.reqEnum("role", Role::parse, "enum:Role");
        Optional<String> post = row.optNonBlank("post_id");
        Optional<LocalDate> start = popoloDate(row, "start_date", true);
        Optional<LocalDate> end = popoloDate(row, "end_date", false);
        if (start.isPresent() && end.isPresent() && !end.get().plusDays(1).isAfter(start.get())) {
            row.problem("end_date", row.member("end_date"), "date-order", "end_date 不能早于 start_date",
                    "end_date must not be before start_date");
        }
        if (!row.ok() || personId == null || organizationId == null || role == null) {
            return null;
        }
        String id = givenId.orElseGet(() -> {
            String derived = personId + "|" + organizationId + "|" + row.member("role").asText() + "|"
                    + row.member("start_date").asText("");
            row.note("id", "", derived, "popolo:derived-id", "membership 没有 id，按 person_id|organization_id|role|start_date 生成",
                    "the membership has no id; derived from person_id|organization_id|role|start_date");
            return derived;
        });
        if (start.isEmpty()) {
            row.note("start_date", "", "unknown", "popolo:open-start", "membership 没有 start_date：起始日期未知（区间向前开放）",
                    "the membership has no start_date: held since an unknown day (open range)");
        }
        // Popolo's end_date is the last day held; DateRange ends on the first day no longer held.
        DateRange period = new DateRange(start.orElse(DateRange.UNKNOWN_START), end.map(d -> d.plusDays(1)));
        return new Membership(id, personId, organizationId, role, post, period);
    }

    private static @Nullable String memberPersonId(ObjectFields row) {
        JsonNode member = row.member("member");
        if (row.member("person_id").isMissingNode() && member.isObject()) {
            ObjectFields m = ObjectFields.nested(row, member, "member/");
            Optional<String> type = m.optString("@type");
            if (type.isPresent() && !type.get().equals("Person")) {
                m.problem("@type", member.path("@type"), "popolo:person-member",
                        "只支持成员为个人（@type Person）的 membership；组织成员请用 jiceng.member_organization_ids",
                        "only Person members are supported; seat organisations with jiceng.member_organization_ids");
                return null;
            }
            return m.reqString("id");
        }
        return row.reqString("person_id");
    }

    private @Nullable List<Record> post(ObjectFields row) {
        String id = row.reqString("id");
        String label = row.reqString("label");
        Role role = row.reqEnum("role", Role::parse, "enum:Role");
        String organizationId = row.reqString("organization_id");
        Optional<String> area = row.optNonBlank("area_id");
        if (!row.ok() || id == null || organizationId == null || role == null || label == null) {
            return null;
        }
        return List.of(new Post(id, organizationId, role, label, area));
    }

    private @Nullable List<Record> area(ObjectFields row) {
        String id = row.reqString("id");
        String name = row.reqString("name");
        AreaLevel level = row.reqEnum("classification", AreaLevel::parse, "enum:AreaLevel");
        Optional<String> parent = row.optNonBlank("parent_id");
        Optional<String> code = divisionCode(row);
        ObjectFields ext = extension(row);
        Optional<String> geometryRef = ext.optNonBlank("geometry_ref");
        Optional<Integer> households = ext.optCount("households");
        Optional<Integer> population = ext.optCount("population");
        if (!row.ok() || id == null || name == null || level == null) {
            return null;
        }
        return List.of(new Area(id, name, level, parent, code, geometryRef, households, population));
    }

    private static Optional<String> divisionCode(ObjectFields row) {
        Optional<JsonNode> array = identifiers(row);
        if (array.isEmpty()) {
            return Optional.empty();
        }
        JsonNode identifiers = array.get();
        for (int i = 0; i < identifiers.size(); i++) {
            JsonNode node = identifiers.get(i);
            ObjectFields item = ObjectFields.nested(row, node, "identifiers/" + i + "/");
            if (node.isObject() && item.optString("scheme").filter(Popolo.SCHEME_DIVISION_CODE::equalsIgnoreCase)
                    .isPresent()) {
                return Optional.ofNullable(item.reqString("identifier"));
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> popoloDate(ObjectFields row, String field, boolean start) {
        Optional<String> text = row.optNonBlank(field);
        if (text.isEmpty()) {
            return Optional.empty();
        }
        try {
            LocalDate day = start ? PopoloDates.firstDay(text.get()) : PopoloDates.lastDay(text.get());
            if (text.get().length() < 10) {
                row.note(field, text.get(), day.toString(), "popolo:partial-date",
                        "部分日期 " + text.get() + " 按" + (start ? "该时段第一天 " : "该时段最后一天 ") + day + " 读取",
                        "partial date " + text.get() + " read as the " + (start ? "first" : "last") + " day of the period, "
                                + day);
            }
            return Optional.of(day);
        } catch (IllegalArgumentException e) {
            row.problem(field, row.member(field), "format:popolo-date",
                    "字段 " + field + " 不是 Popolo 日期（YYYY、YYYY-MM 或 YYYY-MM-DD）: " + text.get(),
                    "field " + field + " is not a Popolo date (YYYY, YYYY-MM or YYYY-MM-DD): " + text.get());
            return Optional.empty();
        }
    }
}
