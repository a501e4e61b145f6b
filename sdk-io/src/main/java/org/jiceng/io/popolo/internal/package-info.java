/**
 * The Popolo JSON reader, object by object, and its handling of Popolo's partial dates. Not API.
 */
package org.jiceng.io.popolo.internal;
