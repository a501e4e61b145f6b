/** The CSV format and its streaming RFC 4180 parser. */
package org.jiceng.io.csv;
