/** Implementation details of the scoring engine (JSON reading and writing, compiled rules); not API. */
@NullMarked
package org.jiceng.scoring.internal;

import org.jspecify.annotations.NullMarked;
