/**
 * Streaming JSON reading shared by the JSON-based formats (GeoJSON, Popolo, Open311): documents
 * are read one object tree at a time under a byte limit, geometry is turned into JTS with optional
 * repairs recorded as notes, every problem is located by RFC 6901 JSON pointer and bridged to the io
 * SPI's row errors and import exceptions. Not API.
 */
@NullMarked
package org.jiceng.io.geojson.internal;

import org.jspecify.annotations.NullMarked;
