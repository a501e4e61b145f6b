/**
 * Open311 GeoReport v2 JSON ({@code requests.json}, {@code services.json}) on the core records of
 * {@link org.jiceng.core.cases.open311}, with cases through
 * {@link org.jiceng.core.cases.open311.Open311Mapping}: see {@link org.jiceng.io.open311.Open311Json}.
 */
package org.jiceng.io.open311;
