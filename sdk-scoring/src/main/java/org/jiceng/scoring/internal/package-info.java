/** Implementation details of the scoring engine (JSON reading and writing, compiled rules); not API. */
package org.jiceng.scoring.internal;
