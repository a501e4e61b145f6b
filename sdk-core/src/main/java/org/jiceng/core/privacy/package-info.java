/**
 * Personal data in output: {@link org.jiceng.core.privacy.Masking} for ID and phone numbers and
 * names, {@link org.jiceng.core.privacy.EchoedText} for values echoed in messages and reports.
 */
@NullMarked
package org.jiceng.core.privacy;

import org.jspecify.annotations.NullMarked;
