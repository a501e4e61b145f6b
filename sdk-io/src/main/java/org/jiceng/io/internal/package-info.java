/** Implementation details of sdk-io; not API, may change without notice. */
package org.jiceng.io.internal;
