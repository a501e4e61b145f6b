/**
 * Reading and writing of Open311 GeoReport v2 documents in JSON and XML: one description of
 * each document serves both tree writers, XML is read with StAX into the same rows the JSON reader
 * maps, and reports follow the importer's error policy. Not API.
 */
@NullMarked
package org.jiceng.io.open311.internal;

import org.jspecify.annotations.NullMarked;
