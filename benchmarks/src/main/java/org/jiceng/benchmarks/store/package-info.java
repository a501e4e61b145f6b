/** Benchmarks of the JDBC store on a real PostgreSQL 17: transitions, ledger bulk append, rescoring. */
package org.jiceng.benchmarks.store;
