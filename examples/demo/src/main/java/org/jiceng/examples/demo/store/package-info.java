/**
 * The demo's durable storage: the run's cases, trails and events in PostgreSQL, embedded under the
 * output folder by default or on a server given with {@code --db}.
 */
package org.jiceng.examples.demo.store;
