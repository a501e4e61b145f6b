/**
 * Time conventions shared by every module: {@link org.jiceng.core.time.ChinaTime#ZONE}, the one zone in
 * which the SDK turns instants into days.
 */
@NullMarked
package org.jiceng.core.time;

import org.jspecify.annotations.NullMarked;
