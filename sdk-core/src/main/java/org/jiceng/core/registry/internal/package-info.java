/**
 * The compact tables behind the registry: ids interned to dense ints, the records of one kind
 * in dataset order, one-to-many indexes in compressed sparse row form and list views that pick records by
 * index without copying. Not API.
 */
@NullMarked
package org.jiceng.core.registry.internal;

import org.jspecify.annotations.NullMarked;
