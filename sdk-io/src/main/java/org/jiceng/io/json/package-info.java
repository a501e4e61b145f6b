/** JSON (record arrays and dataset documents) and JSON Lines formats on Jackson's streaming API. */
@NullMarked
package org.jiceng.io.json;

import org.jspecify.annotations.NullMarked;
