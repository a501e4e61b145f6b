/**
 * The README's "Using the SDK" code as a program that compiles and runs: import a district's files,
 * validate, index, score, locate a point in a grid and divide buildings into grids. {@code
 * ReadmeSnippetsTest} keeps the README and this code the same.
 */
package org.jiceng.examples.quickstart;
