/**
 * The Popolo JSON reader, object by object, and its handling of Popolo's partial dates. Not API.
 */
@NullMarked
package org.jiceng.io.popolo.internal;

import org.jspecify.annotations.NullMarked;
