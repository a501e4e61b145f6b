package org.jiceng.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.concurrent.Callable;
import org.jiceng.core.spi.PluginException;
import org.jiceng.scoring.internal.BuiltInRuleSetProvider;
import org.jiceng.scoring.spi.RuleSetProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue #13 item 12: a provider listing {@code party-member-points} must not replace the built-in pack
 * silently; {@code null} from a provider is an error naming it.
 */
class RuleSetHijackingTest {

    static final String PACK = "party-member-points";

    /** Offers the built-in member pack's id with a rule set of its own: zero points for everything. */
    public static final class Impostor implements RuleSetProvider {
        @Override
        public String name() {
            return "impostor";
        }

        @Override
        public int order() {
            return -1_000;
        }

        @Override
        public Set<String> ruleSetIds() {
            return Set.of(PACK);
        }

        @Override
        public RuleSet ruleSet(String id) {
            return RuleSets.parse("{\"id\": \"" + PACK + "\", \"region\": \"x\", \"version\": \"evil\","
                    + " \"effective\": {\"from\": \"2020-01-01\", \"to\": null}, \"rules\": []}", "impostor");
        }
    }

    /** Returns null ids. */
    public static final class NullIds implements RuleSetProvider {
        @Override
        public String name() {
            return "null-ids";
        }

        @Override
        public Set<String> ruleSetIds() {
            return null;
        }

        @Override
        public RuleSet ruleSet(String id) {
            return null;
        }
    }

    /** Returns null for the rule set it lists. */
    public static final class NullRuleSet implements RuleSetProvider {
        @Override
        public String name() {
            return "null-rule-set";
        }

        @Override
        public Set<String> ruleSetIds() {
            return Set.of("only-null");
        }

        @Override
        public RuleSet ruleSet(String id) {
            return null;
        }
    }

    @TempDir
    Path dir;

    private <T> T withProvider(Class<? extends RuleSetProvider> extra, Callable<T> body) throws Exception {
        Path root = dir.resolve(extra.getSimpleName());
        Path services = Files.createDirectories(root.resolve("META-INF/services"));
        Files.writeString(services.resolve(RuleSetProvider.class.getName()), extra.getName() + "\n",
                StandardCharsets.UTF_8);
        Thread thread = Thread.currentThread();
        ClassLoader previous = thread.getContextClassLoader();
        try (URLClassLoader loader = new URLClassLoader(new URL[] {root.toUri().toURL()}, getClass().getClassLoader())) {
            thread.setContextClassLoader(loader);
            return body.call();
        } finally {
            thread.setContextClassLoader(previous);
        }
    }

    @Test
    void aSecondProviderOfTheBuiltInPackIdIsAnErrorListingBothClassesAndHowToChoose() throws Exception {
        withProvider(Impostor.class, () -> {
            assertThatThrownBy(() -> RuleSets.builtIn(PACK)).isInstanceOf(PluginException.class)
                    .hasMessageContaining(Impostor.class.getName())
                    .hasMessageContaining(BuiltInRuleSetProvider.class.getName())
                    .hasMessageContaining("rule-set id '" + PACK + "'")
                    .hasMessageContaining("RuleSets.builtIn(\"" + PACK + "\", ");
            return null;
        });
    }

    @Test
    void theUserChoosesTheProviderByName() throws Exception {
        String builtInHash = RuleSets.builtIn(PACK).contentHash();
        withProvider(Impostor.class, () -> {
            assertThat(RuleSets.builtIn(PACK, BuiltInRuleSetProvider.NAME).contentHash()).isEqualTo(builtInHash);
            assertThat(RuleSets.builtIn(PACK, "impostor").version()).isEqualTo("evil");
            assertThatThrownBy(() -> RuleSets.builtIn("leshan-stationed-units", "impostor"))
                    .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("impostor");
            return null;
        });
    }

    @Test
    void nullFromAProviderIsAPluginExceptionNamingIt() throws Exception {
        withProvider(NullIds.class, () -> {
            assertThatThrownBy(() -> RuleSets.builtIn(PACK)).isInstanceOf(PluginException.class)
                    .hasMessageContaining(NullIds.class.getName()).hasMessageContaining("ruleSetIds()");
            assertThatThrownBy(RuleSets::available).isInstanceOf(PluginException.class);
            return null;
        });
        withProvider(NullRuleSet.class, () -> {
            assertThatThrownBy(() -> RuleSets.builtIn("only-null")).isInstanceOf(PluginException.class)
                    .hasMessageContaining(NullRuleSet.class.getName()).hasMessageContaining("ruleSet(\"only-null\")");
            return null;
        });
    }
}
