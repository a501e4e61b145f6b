/** The XLSX format: SAX event reading with header detection, SXSSF streaming writing. */
package org.jiceng.io.xlsx;
