/** Implementation details of sdk-io; not API, may change without notice. */
@NullMarked
package org.jiceng.io.internal;

import org.jspecify.annotations.NullMarked;
