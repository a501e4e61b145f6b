/** Row conversions and partition functions behind {@link org.jiceng.spark}; not API. */
@NullMarked
package org.jiceng.spark.internal;

import org.jspecify.annotations.NullMarked;
