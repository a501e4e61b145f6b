/** Canonical encoding and chain verification shared by the case stores; not API. */
package org.jiceng.cases.store.internal;
