package org.jiceng.io.open311;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
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
 *       resolution deadline, {@code updated_datetime} the last trail entry;</li>
 *   <li>request → case: an {@code open} request becomes a RECEIVED case; a {@code closed} one becomes a
 *       case RECEIVED → IN_PROGRESS → RESOLVED at {@code updated_datetime}, because GeoReport does not
 *       say more about how it was closed.</li>
 * </ul>
 * Date-times are written in the mapping's zone (Asia/Shanghai by default).
 */
public final class Open311Mapping {

    /** The actor recorded on trail entries created from Open311 data. */
    public static final String OPEN311_ACTOR = "open311";

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
     * @return its Open311 request view
     */
    public ServiceRequest toRequest(Case c) {
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
     * Imports a request with an anonymous reporter, recorded as received by {@value #OPEN311_ACTOR}.
     *
     * @param request the request
     * @return the case
     * @throws IllegalArgumentException when its service code is not in the catalogue
     */
    public Case toCase(ServiceRequest request) {
        return toCase(request, Reporter.anonymous());
    }

    /**
     * Imports a request. The kind is the situation's; deadlines follow the situation's SLA, except that
     * {@code expected_datetime}, when given, is the resolution deadline.
     *
     * @param request the request
     * @param reporter who reported it (masked)
     * @return the case, RECEIVED when the request is open and RESOLVED when it is closed
     * @throws IllegalArgumentException when its service code is not in the catalogue
     */
    public Case toCase(ServiceRequest request, Reporter reporter) {
        Situation situation = catalogue.get(request.serviceCode());
        Instant created = request.requestedDatetime().toInstant();
        Deadlines deadlines = Deadlines.from(created, situation);
        if (request.expectedDatetime().isPresent()) {
            Instant resolveBy = request.expectedDatetime().get().toInstant();
            Instant respondBy = deadlines.respondBy().isAfter(resolveBy) ? resolveBy : deadlines.respondBy();
            deadlines = new Deadlines(respondBy, resolveBy);
        }
        CaseLocation location = new CaseLocation(
                request.lat().map(lat -> new LonLat(request.lon().orElseThrow(), lat)), request.address(),
                Optional.empty(), Optional.empty());
        Case c = Case.builder(request.serviceRequestId(), situation).description(request.description().orElse(""))
                .location(location).reporter(reporter).deadlines(deadlines).receivedAt(created, OPEN311_ACTOR)
                .build();
        if (request.status() == Open311Status.CLOSED) {
            // A source clock may put the update before the request; the trail must not go back in time.
            Instant closed = request.updatedDatetime().map(OffsetDateTime::toInstant).filter(u -> u.isAfter(created))
                    .orElse(created);
            String actor = request.agencyResponsible().filter(s -> !s.isBlank()).orElse(OPEN311_ACTOR);
            c = c.startWork(closed, actor, "imported from Open311")
                    .resolve(closed, actor, request.statusNotes().orElse("closed in the source system"));
        }
        return c;
    }

    /**
     * A FixMyStreet-like extended status name for front ends that show more than open/closed.
     *
     * @param status a case state
     * @return e.g. {@code confirmed}, {@code action scheduled}, {@code in progress}, {@code fixed},
     *     {@code closed}, {@code duplicate}, {@code not responsible}, {@code reopened}
     */
    public static String extendedStatus(CaseStatus status) {
        return switch (status) {
            case RECEIVED -> "confirmed";
            case WHISTLED, DEPARTMENTS_REPORTED -> "action scheduled";
            case IN_PROGRESS -> "in progress";
            case RESOLVED, EVALUATED -> "fixed";
            case CLOSED -> "closed";
            case DUPLICATE -> "duplicate";
            case REJECTED -> "not responsible";
            case REOPENED -> "reopened";
        };
    }

    private OffsetDateTime write(Instant instant) {
        return instant.atZone(zone).toOffsetDateTime();
    }
}
