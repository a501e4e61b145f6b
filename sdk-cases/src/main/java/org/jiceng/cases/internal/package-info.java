/** Built-in implementations for the cases package. Not API. */
@NullMarked
package org.jiceng.cases.internal;

import org.jspecify.annotations.NullMarked;
