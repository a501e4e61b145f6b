/** Row mapping, JSON records and transaction helpers of the JDBC stores; not API. */
@NullMarked
package org.jiceng.store.jdbc.internal;

import org.jspecify.annotations.NullMarked;
