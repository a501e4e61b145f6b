/**
 * Argument checks shared by the model records of the SDK modules. Not API: it may change in any
 * release, and other modules may use it only as the frozen exception documented in the architecture test.
 */
@NullMarked
package org.jiceng.core.internal;

import org.jspecify.annotations.NullMarked;
