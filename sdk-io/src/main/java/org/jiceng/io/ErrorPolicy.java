package org.jiceng.io;

/** What an import does when a row is rejected. */
public enum ErrorPolicy {
    /** Stop reading at the first rejected row; the report says where and why it stopped. */
    STOP_ON_FIRST,
    /** Keep reading and collect every rejected row, up to {@link ImportOptions#maxErrors()}. */
    COLLECT_ALL
}
