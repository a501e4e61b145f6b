/** The province-scale example job for {@code spark-submit}: {@link org.jiceng.examples.sparkjob.ProvinceJob}. */
package org.jiceng.examples.sparkjob;
