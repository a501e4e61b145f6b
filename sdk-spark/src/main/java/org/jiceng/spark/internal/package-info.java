/** Row conversions and partition functions behind {@link org.jiceng.spark}; not API. */
package org.jiceng.spark.internal;
