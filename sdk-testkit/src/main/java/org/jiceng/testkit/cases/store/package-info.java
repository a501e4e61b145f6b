/** The compatibility kit of {@link org.jiceng.cases.store.CaseStore}. */
package org.jiceng.testkit.cases.store;
