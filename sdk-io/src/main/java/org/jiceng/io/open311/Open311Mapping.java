package org.jiceng.io.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.jiceng.cases.AuditEntry;
import org.jiceng.cases.Case;
import org.jiceng.cases.CaseLocation;
import org.jiceng.cases.CaseStatus;
import org.jiceng.cases.Deadlines;
import org.jiceng.cases.Reporter;
import org.jiceng.cases.Situation;
import org.jiceng.cases.SituationCatalogue;
import org.jiceng.cases.WhistleKind;
import org.jiceng.core.geo.LonLat;
import org.jiceng.core.time.ChinaTime;
import org.jspecify.annotations.Nullable;

/**
 * Converts between cases and Open311 GeoReport v2 records, so a 12345-style front end can feed the SDK
 * (以诉为哨) and read back the progress.
 *
 * <ul>
 *   <li>situation ↔ service: {@code code}/{@code service_code}, {@code name}/{@code service_name},
 *       {@code group}, {@code keywords}; the service description states kind, departments and SLA;</li>
 *   <li>case → request: {@code status} from the state's FixMyStreet family ({@link Open311Status#of}),
 *       {@code status_notes} from the last trail note, {@code agency_responsible} the summoned
 *       departments (or the situation's defaults before the whistle), {@code expected_datetime} the
 *       resolution deadline, {@code updated_datetime} the last trail entry, and the SDK's state in
 *       {@code extended_attributes} (see the package documentation for the members);</li>
 *   <li>request → case: the trail is rebuilt from those fields (see {@link #toCase(ServiceRequest, Reporter)});
 *       a request whose {@code service_code} is not in the catalogue becomes a case of a
 *       {@linkplain #genericSituation generic situation} keeping that code.</li>
 * </ul>
 * Date-times are written in the mapping's zone (Asia/Shanghai by default).
 */
public final class Open311Mapping {

    /** The actor recorded on trail entries created from Open311 data. */
    public static final String OPEN311_ACTOR = "open311";
    /** {@code extended_attributes} member: the SDK's {@link CaseStatus} name, e.g. {@code DUPLICATE}. */
    public static final String CASE_STATUS = "case_status";
    /** {@code extended_attributes} member: a FixMyStreet-style state, e.g. {@code not responsible}. */
    public static final String DETAILED_STATUS = "detailed_status";
    /** {@code extended_attributes} member: when the case was last resolved (办结), ISO 8601 with offset. */
    public static final String RESOLVED_DATETIME = "resolved_datetime";
    /** {@code extended_attributes} member: the id of the case a duplicate repeats. */
    public static final String DUPLICATE_OF = "duplicate_of";
    /** The original of a duplicate whose source does not say which case it repeats. */
    public static final String UNKNOWN_ORIGINAL = "(unknown)";
    /** The group of {@linkplain #genericSituation generic situations}. */
    public static final String GENERIC_GROUP = "Open311";

    private final SituationCatalogue catalogue;
    private final ZoneId zone;

    private Open311Mapping(SituationCatalogue catalogue, ZoneId zone) {
        this.catalogue = Objects.requireNonNull(catalogue, "catalogue");
        this.zone = Objects.requireNonNull(zone, "zone");
    }

    /**
     * @param catalogue the situations that are offered as services
     * @return a mapping writing date-times in Asia/Shanghai
     */
    public static Open311Mapping using(SituationCatalogue catalogue) {
        return new Open311Mapping(catalogue, ChinaTime.ZONE);
    }

    /**
     * @param catalogue the situations that are offered as services
     * @param zone the zone for written date-times
     * @return a mapping
     */
    public static Open311Mapping using(SituationCatalogue catalogue, ZoneId zone) {
        return new Open311Mapping(catalogue, zone);
    }

    /**
     * @param situation a situation
     * @return the Open311 service
     */
    public static Service toService(Situation situation) {
        String description = situation.kind().label() + "; 默认部门: " + String.join(", ", situation.departments())
                + "; 报到时限 " + situation.respondWithin().toHours() + "h; 办结时限 "
                + situation.resolveWithin().toHours() + "h";
        return new Service(situation.code(), situation.name(), description, false, ServiceType.REALTIME,
                situation.keywords(), situation.group());
    }

    /** @return the service list: one service per situation, in catalogue order */
    public List<Service> serviceList() {
        return catalogue.situations().stream().map(Open311Mapping::toService).toList();
    }

    /**
     * Builds a situation from a service published by another system, which says nothing about
     * departments and deadlines: those are given.
     *
     * @param service the service
     * @param kind the whistle kind of its cases
     * @param departments departments summoned by default
     * @param respondWithin response SLA
     * @param resolveWithin resolution SLA
     * @return the situation, keeping code, name, group and keywords
     */
    public static Situation toSituation(Service service, WhistleKind kind, List<String> departments,
            Duration respondWithin, Duration resolveWithin) {
        String group = service.group().isBlank() ? "Open311" : service.group();
        return new Situation(service.serviceCode(), service.serviceName(), group, kind, departments, respondWithin,
                resolveWithin, service.keywords());
    }

    /**
     * @param c a case
     * @return its Open311 request view, with the SDK's state in {@code extended_attributes}
     */
    public ServiceRequest toRequest(Case c) {
        Map<String, String> extended = new LinkedHashMap<>();
        extended.put(CASE_STATUS, c.status().name());
        extended.put(DETAILED_STATUS, extendedStatus(c.status()));
        lastResolution(c).ifPresent(at -> extended.put(RESOLVED_DATETIME, DateTimeFormatter.ISO_OFFSET_DATE_TIME
                .format(write(at))));
        c.duplicateOf().ifPresent(original -> extended.put(DUPLICATE_OF, original));
        return geoReportFields(c).withExtendedAttributes(extended);
    }

    /**
     * @param c a case
     * @return the GeoReport v2 fields of its request view
     */
    private ServiceRequest geoReportFields(Case c) {
        Optional<Situation> situation = catalogue.find(c.category());
        List<String> agencies = c.summonedDepartments().isEmpty()
                ? situation.map(Situation::departments).orElse(List.of())
                : List.copyOf(c.summonedDepartments());
        String lastNote = c.trail().last().note();
        Optional<LonLat> point = c.location().point();
        return new ServiceRequest(c.id(), Open311Status.of(c.status()),
                lastNote.isBlank() ? Optional.empty() : Optional.of(lastNote),
                situation.map(Situation::name), c.category(),
                c.description().isEmpty() ? Optional.empty() : Optional.of(c.description()),
                agencies.isEmpty() ? Optional.empty() : Optional.of(String.join(", ", agencies)),
                Optional.empty(), write(c.createdAt()), Optional.of(write(c.trail().last().at())),
                Optional.of(write(c.deadlines().resolveBy())), c.location().address(), Optional.empty(),
                Optional.empty(), point.map(LonLat::lat), point.map(LonLat::lon), Optional.empty());
    }

    /**
     * @param cases cases
     * @return their request views, in the same order
     */
    public List<ServiceRequest> toRequests(Iterable<Case> cases) {
        List<ServiceRequest> requests = new ArrayList<>();
        cases.forEach(c -> requests.add(toRequest(c)));
        return requests;
    }

    private static Optional<Instant> lastResolution(Case c) {
        Instant at = null;
        for (AuditEntry e : c.trail().entries()) {
            if (e.to() == CaseStatus.RESOLVED) {
                at = e.at();
            }
        }
        return Optional.ofNullable(at);
    }

    /**
     * @param serviceCode a {@code service_code}
     * @return true when the catalogue has a situation with that code
     */
    public boolean offers(String serviceCode) {
        return catalogue.find(serviceCode).isPresent();
    }

    /**
     * The situation of a request whose service code is not in the catalogue: it keeps the code and
     * name, is a complaint (接诉即办) without default departments, with the 12345 hotline's SLA of 24
     * hours to respond and 7 days to resolve, in group {@value #GENERIC_GROUP}.
     *
     * @param serviceCode the request's code
     * @param serviceName its name, or {@code null} when the request gives none (a blank name counts as none)
     * @return the situation
     */
    public static Situation genericSituation(String serviceCode, @Nullable String serviceName) {
        return new Situation(serviceCode, serviceName == null || serviceName.isBlank() ? serviceCode : serviceName,
                GENERIC_GROUP, WhistleKind.COMPLAINT, List.of(), Duration.ofHours(24), Duration.ofDays(7), List.of());
    }

    /**
     * Imports a request with an anonymous reporter, recorded as received by {@value #OPEN311_ACTOR}.
     *
     * @param request the request
     * @return the case
     * @throws IllegalArgumentException when its extended attributes contradict each other or its status
     */
    public Case toCase(ServiceRequest request) {
        return toCase(request, Reporter.anonymous());
    }

    /**
     * Imports a request. The kind is the situation's (a {@linkplain #genericSituation generic one} for a
     * code outside the catalogue); deadlines follow its SLA, except that {@code expected_datetime}, when
     * given, is the resolution deadline. The trail is rebuilt so that the case's state, and when it was
     * resolved, are those the source reported:
     * <ul>
     *   <li>the state is {@code extended_attributes.case_status} when given, else the
     *       {@linkplain #caseStatusOf FixMyStreet-style} {@code detailed_status}, else RECEIVED for
     *       {@code open} and RESOLVED for {@code closed} (GeoReport says no more);</li>
     *   <li>the case is received at {@code requested_datetime}; a resolved case (RESOLVED, EVALUATED,
     *       CLOSED) is resolved at {@code resolved_datetime}, or at {@code updated_datetime} without it;
     *       every other move happens at {@code updated_datetime}; times before the request are taken
     *       as the request time, since the trail must not go back in time;</li>
     *   <li>a duplicate names {@code duplicate_of}, or {@value #UNKNOWN_ORIGINAL}; a rejection's reason
     *       is {@code status_notes}, or the detailed status.</li>
     * </ul>
     *
     * @param request the request
     * @param reporter who reported it (masked)
     * @return the case
     * @throws IllegalArgumentException when {@code case_status} is unknown or contradicts {@code status},
     *     or a date-time in the extended attributes cannot be read
     */
    public Case toCase(ServiceRequest request, Reporter reporter) {
        Situation situation = catalogue.find(request.serviceCode())
                .orElseGet(() -> genericSituation(request.serviceCode(), request.serviceName().orElse(null)));
        Instant created = request.requestedDatetime().toInstant();
        Deadlines deadlines = Deadlines.from(created, situation);
        if (request.expectedDatetime().isPresent()) {
            Instant resolveBy = request.expectedDatetime().get().toInstant();
            if (resolveBy.isBefore(created)) {
                resolveBy = created;
            }
            Instant respondBy = deadlines.respondBy().isAfter(resolveBy) ? resolveBy : deadlines.respondBy();
            deadlines = new Deadlines(respondBy, resolveBy);
        }
        CaseLocation location = new CaseLocation(
                request.lat().map(lat -> new LonLat(request.lon().orElseThrow(), lat)), request.address(),
                Optional.empty(), Optional.empty());
        Case c = Case.builder(request.serviceRequestId(), situation).description(request.description().orElse(""))
                .location(location).reporter(reporter).deadlines(deadlines).receivedAt(created, OPEN311_ACTOR)
                .build();
        CaseStatus target = targetStatus(request);
        // A source clock may put the update before the request; the trail must not go back in time.
        Instant updated = notBefore(request.updatedDatetime().map(OffsetDateTime::toInstant).orElse(created), created);
        Instant resolved = request.extendedAttribute(RESOLVED_DATETIME).map(t -> parseTime(request, t))
                .map(t -> notBefore(t, created)).filter(t -> !t.isAfter(updated)).orElse(updated);
        String actor = request.agencyResponsible().filter(s -> !s.isBlank()).orElse(OPEN311_ACTOR);
        String notes = request.statusNotes().orElse("");
        List<String> agencies = agencies(request, situation);
        switch (target) {
            case RECEIVED -> {
                return c;
            }
            case WHISTLED, DEPARTMENTS_REPORTED -> {
                if (agencies.isEmpty()) {
                    return c.startWork(updated, actor, notes);
                }
                c = c.whistle(updated, OPEN311_ACTOR, agencies, target == CaseStatus.WHISTLED ? notes : "");
                return target == CaseStatus.WHISTLED ? c : c.report(updated, agencies.get(0), notes);
            }
            case IN_PROGRESS -> {
                return c.startWork(updated, actor, notes);
            }
            case RESOLVED, EVALUATED, CLOSED -> {
                c = c.startWork(resolved, actor, "imported from Open311")
                        .resolve(resolved, actor, target == CaseStatus.RESOLVED && !notes.isEmpty() ? notes
                                : "closed in the source system");
                if (target == CaseStatus.RESOLVED) {
                    return c;
                }
                c = c.evaluate(updated, OPEN311_ACTOR, target == CaseStatus.EVALUATED ? notes : "");
                return target == CaseStatus.EVALUATED ? c : c.close(updated, OPEN311_ACTOR, notes);
            }
            case DUPLICATE -> {
                String original = request.extendedAttribute(DUPLICATE_OF).orElse(UNKNOWN_ORIGINAL);
                return c.markDuplicate(updated, OPEN311_ACTOR, original.equals(c.id()) ? UNKNOWN_ORIGINAL : original,
                        notes);
            }
            case REJECTED -> {
                String reason = notes.isBlank()
                        ? request.extendedAttribute(DETAILED_STATUS).orElse("closed without a fix in the source system")
                        : notes;
                return c.reject(updated, OPEN311_ACTOR, reason);
            }
            case REOPENED -> {
                Instant before = request.extendedAttribute(RESOLVED_DATETIME).isPresent() ? resolved : created;
                return c.startWork(before, actor, "imported from Open311").resolve(before, actor, "resolved before")
                        .reopen(updated, OPEN311_ACTOR, notes.isBlank() ? "reopened in the source system" : notes);
            }
            default -> throw new IllegalStateException("unhandled state " + target);
        }
    }

    private static Instant notBefore(Instant t, Instant floor) {
        return t.isBefore(floor) ? floor : t;
    }

    private static Instant parseTime(ServiceRequest request, String text) {
        try {
            return OffsetDateTime.parse(text.strip()).toInstant();
        } catch (java.time.format.DateTimeParseException e) {
            throw new IllegalArgumentException("extended_attributes." + RESOLVED_DATETIME + " of request "
                    + request.serviceRequestId() + " is not an ISO 8601 date-time with offset: '" + text + "'", e);
        }
    }

    private static List<String> agencies(ServiceRequest request, Situation situation) {
        List<String> listed = new ArrayList<>();
        for (String part : request.agencyResponsible().orElse("").split(",")) {
            if (!part.isBlank() && !listed.contains(part.strip())) {
                listed.add(part.strip());
            }
        }
        return listed.isEmpty() ? situation.departments() : listed;
    }

    /**
     * The state a request describes: {@code case_status}, else {@code detailed_status}, else its
     * {@code status}.
     */
    private static CaseStatus targetStatus(ServiceRequest request) {
        Optional<String> exact = request.extendedAttribute(CASE_STATUS);
        CaseStatus target;
        if (exact.isPresent()) {
            try {
                target = CaseStatus.valueOf(exact.get().strip().toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("extended_attributes." + CASE_STATUS + " of request "
                        + request.serviceRequestId() + " is '" + exact.get() + "'; expected one of "
                        + List.of(CaseStatus.values()), e);
            }
        } else {
            target = request.extendedAttribute(DETAILED_STATUS).flatMap(Open311Mapping::caseStatusOf)
                    .filter(s -> Open311Status.of(s) == request.status())
                    .orElse(request.status() == Open311Status.OPEN ? CaseStatus.RECEIVED : CaseStatus.RESOLVED);
        }
        if (Open311Status.of(target) != request.status()) {
            throw new IllegalArgumentException("request " + request.serviceRequestId() + " has status "
                    + request.status().wireName() + " but extended_attributes." + CASE_STATUS + " " + target
                    + ", which is " + Open311Status.of(target).wireName());
        }
        return target;
    }

    /**
     * Reads a FixMyStreet-style state (as FixMyStreet and mySociety's Open311 adapters send them; case,
     * spaces and underscores do not matter).
     *
     * @param detailed e.g. {@code action scheduled}, {@code fixed - council}, {@code not_councils_responsibility}
     * @return confirmed, open, for triage: RECEIVED; action scheduled, planned: WHISTLED; investigating,
     *     in progress: IN_PROGRESS; fixed (- council, - user): RESOLVED; duplicate: DUPLICATE; closed,
     *     not responsible, not councils responsibility, unable to fix, no further action, internal
     *     referral, hidden: REJECTED; reopened, reopen: REOPENED; empty for anything else
     */
    public static Optional<CaseStatus> caseStatusOf(String detailed) {
        String s = detailed.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replaceAll("\\s+", " ");
        return Optional.ofNullable(switch (s) {
            case "confirmed", "open", "for triage" -> CaseStatus.RECEIVED;
            case "action scheduled", "planned" -> CaseStatus.WHISTLED;
            case "investigating", "in progress" -> CaseStatus.IN_PROGRESS;
            case "fixed", "fixed - council", "fixed - user" -> CaseStatus.RESOLVED;
            case "duplicate" -> CaseStatus.DUPLICATE;
            case "closed", "not responsible", "not councils responsibility", "unable to fix", "no further action",
                    "internal referral", "hidden" -> CaseStatus.REJECTED;
            case "reopened", "reopen" -> CaseStatus.REOPENED;
            default -> null;
        });
    }

    /**
     * A FixMyStreet-like extended status name for front ends that show more than open/closed.
     *
     * @param status a case state
     * @return {@code confirmed}, {@code action scheduled}, {@code in progress}, {@code fixed} (also for
     *     EVALUATED and CLOSED: FixMyStreet's {@code closed} means closed without a fix),
     *     {@code duplicate}, {@code not responsible}, {@code reopened}
     */
    public static String extendedStatus(CaseStatus status) {
        return switch (status) {
            case RECEIVED -> "confirmed";
            case WHISTLED, DEPARTMENTS_REPORTED -> "action scheduled";
            case IN_PROGRESS -> "in progress";
            case RESOLVED, EVALUATED, CLOSED -> "fixed";
            case DUPLICATE -> "duplicate";
            case REJECTED -> "not responsible";
            case REOPENED -> "reopened";
        };
    }

    private OffsetDateTime write(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
