/**
 * Open311 GeoReport v2 in one place: records mirroring the wire fields of service requests and
 * services, their mapping to and from {@link org.jiceng.cases.Case} and
 * {@link org.jiceng.cases.Situation} ({@link org.jiceng.io.open311.Open311Mapping}), and the JSON
 * codec ({@link org.jiceng.io.open311.Open311Json}).
 */
package org.jiceng.io.open311;
