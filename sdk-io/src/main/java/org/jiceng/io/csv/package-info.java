/** The CSV format and its streaming RFC 4180 parser. */
@NullMarked
package org.jiceng.io.csv;

import org.jspecify.annotations.NullMarked;
