/** Waiting for the demo's concurrent work, shared by the pipeline and the store. */
package org.jiceng.examples.demo.concurrent;
