/** JSON (record arrays and dataset documents) and JSON Lines formats on Jackson's streaming API. */
package org.jiceng.io.json;
