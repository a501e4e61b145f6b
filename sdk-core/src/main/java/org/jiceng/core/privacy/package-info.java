/**
 * Personal data in output: {@link org.jiceng.core.privacy.Masking} for ID and phone numbers and
 * names, {@link org.jiceng.core.privacy.EchoedText} for values echoed in messages and reports.
 */
package org.jiceng.core.privacy;
