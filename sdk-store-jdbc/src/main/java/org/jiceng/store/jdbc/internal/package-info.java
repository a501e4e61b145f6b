/** Row mapping, JSON records and transaction helpers of the JDBC stores; not API. */
package org.jiceng.store.jdbc.internal;
