/** Built-in implementations for the cases package. Not API. */
package org.jiceng.cases.internal;
