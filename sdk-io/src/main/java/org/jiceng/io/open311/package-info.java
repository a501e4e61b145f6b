/**
 * Open311 GeoReport v2 in one place: records mirroring the wire fields of service requests and
 * services, their mapping to and from {@link org.jiceng.cases.Case} and
 * {@link org.jiceng.cases.Situation} ({@link org.jiceng.io.open311.Open311Mapping}), and the JSON
 * codec ({@link org.jiceng.io.open311.Open311Json}).
 *
 * <h2>How the SDK's case states travel over Open311</h2>
 * GeoReport v2 knows two request states, {@code open} and {@code closed}; the SDK has ten
 * ({@link org.jiceng.cases.CaseStatus}), and metrics depend on more than open/closed: a duplicate or a
 * rejected case is closed without a fix and does not count as accepted, and on-time and overdue
 * counts depend on when a case was resolved. Written requests therefore keep {@code status} as the
 * specification says (the state's family: OPEN is {@code open}, FIXED and CLOSED_UNFIXED are
 * {@code closed}), so every GeoReport client reads them, and carry the detail in the
 * {@code extended_attributes} object, the extension point GeoReport servers use for fields beyond the
 * specification (Chicago's {@code extended_attributes.channel}, see the GeoReport v2 Extensions page):
 *
 * <table>
 *   <caption>{@code extended_attributes} members written and read by the SDK</caption>
 *   <tr><th>member</th><th>value</th></tr>
 *   <tr><td>{@code case_status}</td><td>the {@code CaseStatus} name, e.g. {@code DUPLICATE},
 *       {@code EVALUATED}</td></tr>
 *   <tr><td>{@code detailed_status}</td><td>the state in FixMyStreet's vocabulary for other clients:
 *       {@code confirmed}, {@code action scheduled}, {@code in progress}, {@code fixed},
 *       {@code duplicate}, {@code not responsible}, {@code reopened}</td></tr>
 *   <tr><td>{@code resolved_datetime}</td><td>when the case was last resolved (办结), ISO 8601 with
 *       offset; present once a case has been resolved</td></tr>
 *   <tr><td>{@code duplicate_of}</td><td>the id of the case a duplicate repeats</td></tr>
 * </table>
 *
 * The other fields keep their GeoReport meaning: {@code status_notes} is the note of the last trail
 * entry, {@code agency_responsible} the summoned departments, {@code requested_datetime} the
 * reception, {@code updated_datetime} the last trail entry and {@code expected_datetime} the
 * resolution deadline.
 *
 * <p>On reading, the state is {@code case_status} when present, else {@code detailed_status}, else a
 * FixMyStreet state sent in {@code status} itself (FixMyStreet and mySociety's adapters send
 * {@code duplicate}, {@code not_councils_responsibility}, {@code fixed - council}..., kept as
 * {@code detailed_status}), else RECEIVED for {@code open} and RESOLVED for {@code closed}, the only
 * reading plain GeoReport allows. A {@code case_status} contradicting {@code status} rejects the row.
 * The trail is rebuilt from the times above
 * ({@link org.jiceng.io.open311.Open311Mapping#toCase(ServiceRequest, org.jiceng.cases.Reporter)}), so
 * an SDK case written and read back has the same state, deadlines, resolution time, duplicate link
 * and last update, and case metrics (accepted, resolved, on time, overdue, median time to resolve)
 * are the same; intermediate steps (which departments reported when) are not carried. Every other
 * {@code extended_attributes} member a server sends is kept and written back; a member outside
 * GeoReport v2 (FixMyStreet's {@code title}, {@code interface_used}...) is not imported and is noted
 * once per document in {@link org.jiceng.io.open311.Open311Import#warnings()}.
 *
 * <p>A {@code service_code} outside the situation catalogue is read as a
 * {@linkplain org.jiceng.io.open311.Open311Mapping#genericSituation generic complaint situation}
 * keeping the code, with a warning in {@link org.jiceng.io.open311.Open311Import#warnings()}.
 */
@NullMarked
package org.jiceng.io.open311;

import org.jspecify.annotations.NullMarked;
