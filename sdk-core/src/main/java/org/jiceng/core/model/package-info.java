/**
 * The governance data model: areas of the five-level hierarchy (district down to building), party
 * organisations, persons and party members, memberships and posts over half-open date ranges, grids,
 * cadres, stationed units, social organisations and the events scoring works on. The records follow the
 * Popolo vocabulary where it fits, are immutable, and are gathered in a {@link org.jiceng.core.model.Dataset},
 * the unit that importers produce, exporters write and the registry indexes.
 */
@NullMarked
package org.jiceng.core.model;

import org.jspecify.annotations.NullMarked;
