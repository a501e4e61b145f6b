/** The compatibility kit of {@link org.jiceng.cases.store.CaseStore}. */
@NullMarked
package org.jiceng.testkit.cases.store;

import org.jspecify.annotations.NullMarked;
