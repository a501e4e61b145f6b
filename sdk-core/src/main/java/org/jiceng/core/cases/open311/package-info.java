/**
 * Open311 GeoReport v2 mapping: plain records mirroring the wire fields of service requests and
 * services, and the conversions to and from {@link org.jiceng.core.cases.Case} and
 * {@link org.jiceng.core.cases.Situation}. JSON/XML serialisation lives in sdk-io; these records hold
 * no serialisation logic.
 */
package org.jiceng.core.cases.open311;
