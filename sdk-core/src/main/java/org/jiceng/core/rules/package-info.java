/**
 * What the SDK's rule files share: {@link org.jiceng.core.rules.RuleFileException}, the one error type of
 * every JSON rule file (scoring rule sets, 未诉先办 anticipation rules), naming the file, the JSON path
 * and the problem.
 */
@NullMarked
package org.jiceng.core.rules;

import org.jspecify.annotations.NullMarked;
