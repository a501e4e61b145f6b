/**
 * The constraint validators behind the public annotations, the message interpolation that
 * names the exact rule broken, and a pre-check that runs Hibernate Validator's validators directly on a
 * record's values so that valid records are confirmed cheaply. Not API.
 */
@NullMarked
package org.jiceng.core.validation.internal;

import org.jspecify.annotations.NullMarked;
