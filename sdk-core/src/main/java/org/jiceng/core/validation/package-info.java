/**
 * Validation of Chinese codes and of the model records: check digits and structure of resident
 * ID numbers (GB 11643), unified social credit codes (GB 32100), division codes (GB/T 2260) and phone
 * numbers, each explained rule by rule; Bean Validation constraints built on them; and
 * {@link org.jiceng.core.validation.Validators} with zh-CN and English messages.
 */
@NullMarked
package org.jiceng.core.validation;

import org.jspecify.annotations.NullMarked;
