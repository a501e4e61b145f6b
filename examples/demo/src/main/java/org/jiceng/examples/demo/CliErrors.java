package org.jiceng.examples.demo;

import java.io.PrintWriter;
import java.util.Optional;
import java.util.stream.Collectors;
import org.jiceng.cases.CaseRuleException;
import org.jiceng.cases.IllegalCaseTransitionException;
import org.jiceng.core.privacy.EchoedText;
import org.jiceng.io.ImportException;
import picocli.CommandLine;

/** How the CLI reports what went wrong, in the language of the run. */
final class CliErrors {

    private CliErrors() {
    }

    /**
     * A mistake on the command line: picocli's message in English, a Chinese one in Chinese, then the usage
     * (exit code 2). An invalid {@code --lang} is reported in both languages, since the language is unknown.
     */
    static final class CommandLineMistake implements CommandLine.IParameterExceptionHandler {
        private final CommandLine root;
        private final Language fallback;

        CommandLineMistake(CommandLine root, Language fallback) {
            this.root = root;
            this.fallback = fallback;
        }

        @Override
        public int handleParseException(CommandLine.ParameterException ex, String[] args) {
            PrintWriter err = ex.getCommandLine().getErr();
            int code = ex.getCommandLine().getCommandSpec().exitCodeOnInvalidInput();
            Optional<String> invalid = LanguageOption.invalidValue(args);
            if (invalid.isPresent()) {
                for (Language l : Language.values()) {
                    Messages m = Messages.of(l);
                    err.println(m.get("msg.error", m.get("msg.lang.invalid", EchoedText.terminalSafe(invalid.get()))));
                }
                err.flush();
                return code;
            }
            Messages m = Messages.of(LanguageOption.scan(args).orElse(fallback));
            root.setResourceBundle(m.bundle());
            err.println(m.get("msg.error", describe(ex, m)));
            if (!CommandLine.UnmatchedArgumentException.printSuggestions(ex, err)) {
                ex.getCommandLine().usage(err);
            }
            err.flush();
            return code;
        }

        private static String describe(CommandLine.ParameterException ex, Messages m) {
            if (m.language() == Language.EN) {
                return ex.getMessage();
            }
            if (ex instanceof CommandLine.UnmatchedArgumentException u) {
                return m.get("msg.parse.unknown", String.join(" ", u.getUnmatched()));
            }
            if (ex instanceof CommandLine.MissingParameterException missing) {
                return m.get("msg.parse.missing", missing.getMissing().stream()
                        .map(a -> a.isOption() ? ((CommandLine.Model.OptionSpec) a).longestName() : a.paramLabel())
                        .collect(Collectors.joining(", ")));
            }
            return m.get("msg.parse.invalid", ex.getMessage());
        }
    }

    /**
     * A command that failed (exit code 1). Bad input is the user's to fix: one sentence saying what and where,
     * not a stack trace. The SDK's exceptions carry the file, line, column, value and rule in their message
     * (import failures in both languages); anything else is a bug to report, with its stack trace.
     */
    static final class Failure implements CommandLine.IExecutionExceptionHandler {
        @Override
        public int handleExecutionException(Exception ex, CommandLine commandLine,
                CommandLine.ParseResult parseResult) {
            Messages m = Messages.of(commandLine);
            PrintWriter err = commandLine.getErr();
            boolean expected = ex instanceof InputFile.BadInputException || ex instanceof IllegalArgumentException
                    || ex instanceof java.io.IOException || ex instanceof java.io.UncheckedIOException
                    || ex.getClass().getName().startsWith("org.jiceng.");
            String raw = ex instanceof InputFile.BadInputException bad ? m.render(bad.text())
                    : m.language() == Language.ZH ? chinese(ex) : ex.getMessage();
            // Messages may quote input values: control sequences in them are shown escaped, never sent
            // to the terminal (line breaks of multi-line messages are kept).
            String message = raw == null ? null : raw.lines().map(EchoedText::terminalSafe)
                    .collect(Collectors.joining(System.lineSeparator()));
            if (expected && message != null) {
                err.println(m.get("msg.error", message));
            } else {
                err.println(m.get("msg.error.unexpected", ex.getClass().getName(), message));
                ex.printStackTrace(err);
            }
            err.flush();
            return 1;
        }

        /** The message of an SDK exception that has one in Chinese; the English message of any other. */
        private static String chinese(Exception ex) {
            if (ex instanceof ImportException ie) {
                return ie.location().describeZh() + "：" + ie.messageZh();
            }
            if (ex instanceof IllegalCaseTransitionException illegal) {
                return illegal.messageZh();
            }
            if (ex instanceof CaseRuleException rule) {
                return rule.messageZh();
            }
            return ex.getMessage();
        }
    }
}
