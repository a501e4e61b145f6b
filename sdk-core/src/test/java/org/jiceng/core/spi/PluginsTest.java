package org.jiceng.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.jiceng.core.spi.TestProviders.ClashingProvider;
import org.jiceng.core.spi.TestProviders.FragileProvider;
import org.jiceng.core.spi.TestProviders.GreeterProvider;
import org.jiceng.core.spi.TestProviders.NamelessProvider;
import org.jiceng.core.spi.TestProviders.UnusedProvider;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PluginsTest {

    private final Plugins plugins = Plugins.using(PluginsTest.class.getClassLoader());

    @Test
    void loadsAllProvidersSortedByOrderThenName() {
        List<GreeterProvider> all = plugins.all(GreeterProvider.class);

        assertThat(all).extracting(Provider::name).containsExactly("nihao", "hello");
        assertThat(all.get(0).greet()).isEqualTo("你好");
    }

    @Test
    void findsProviderByName() {
        assertThat(plugins.named(GreeterProvider.class, "hello").greet()).isEqualTo("hello");
        assertThat(plugins.find(GreeterProvider.class, "hello")).isPresent();
        assertThat(plugins.find(GreeterProvider.class, "bonjour")).isEmpty();
    }

    @Test
    void missingNameListsWhatIsAvailableAndTheArtifactToAdd() {
        assertThatThrownBy(() -> plugins.named(GreeterProvider.class, "bonjour"))
                .isInstanceOf(PluginNotFoundException.class)
                .hasMessageContaining("'bonjour'")
                .hasMessageContaining("Available: nihao, hello")
                .hasMessageContaining("org.example:greeters")
                .hasMessageContaining("META-INF/services/" + GreeterProvider.class.getName())
                .satisfies(e -> {
                    PluginNotFoundException nf = (PluginNotFoundException) e;
                    assertThat(nf.requested()).isEqualTo("bonjour");
                    assertThat(nf.available()).containsExactly("nihao", "hello");
                });
    }

    @Test
    void duplicateNamesFailFastNamingBothClasses() {
        assertThatThrownBy(() -> plugins.all(ClashingProvider.class))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("'same'")
                .hasMessageContaining(TestProviders.ClashA.class.getName())
                .hasMessageContaining(TestProviders.ClashB.class.getName());
        assertThatThrownBy(() -> plugins.load(ClashingProvider.class)).isInstanceOf(PluginException.class);
    }

    @Test
    void lenientLoadKeepsGoodProvidersAndReportsEachFailureWithItsCause() {
        LoadedPlugins<FragileProvider> loaded = plugins.load(FragileProvider.class);

        assertThat(loaded.names()).containsExactly("sturdy");
        assertThat(loaded.isComplete()).isFalse();
        assertThat(loaded.failures()).hasSize(2);
        assertThat(loaded.failures())
                .anySatisfy(f -> {
                    assertThat(f.providerClass()).isEqualTo(TestProviders.ExplodesOnConstruction.class.getName());
                    assertThat(f.describe()).contains("missing licence key");
                })
                .anySatisfy(f -> assertThat(f.describe()).contains("NoSuchProviderClass"));
    }

    @Test
    void strictLoadThrowsListingEveryFailedProvider() {
        assertThatThrownBy(() -> plugins.all(FragileProvider.class))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("2 provider(s)")
                .hasMessageContaining("missing licence key")
                .hasMessageContaining("NoSuchProviderClass")
                .satisfies(e -> assertThat(e.getCause()).isNotNull());
    }

    @Test
    void missingNameAlsoMentionsProvidersThatFailedToLoad() {
        assertThatThrownBy(() -> plugins.named(FragileProvider.class, "explodes"))
                .isInstanceOf(PluginNotFoundException.class)
                .hasMessageContaining("Available: sturdy")
                .hasMessageContaining("missing licence key");
    }

    @Test
    void blankNameIsRejected() {
        assertThatThrownBy(() -> plugins.all(NamelessProvider.class))
                .isInstanceOf(PluginException.class)
                .hasMessageContaining("blank name");
    }

    @Test
    void noServicesFileMeansNoProviders() {
        assertThat(plugins.all(UnusedProvider.class)).isEmpty();
        assertThatThrownBy(() -> plugins.named(UnusedProvider.class, "x"))
                .hasMessageContaining("Available: none");
    }

    @Test
    void injectedClassLoaderDecidesWhatIsFound(@TempDir Path dir) throws IOException {
        Path services = dir.resolve("META-INF/services");
        Files.createDirectories(services);
        Files.writeString(services.resolve(UnusedProvider.class.getName()),
                "org.jiceng.core.spi.PluginsTest$Extra\n");
        try (URLClassLoader child = new URLClassLoader(new URL[] {dir.toUri().toURL()},
                PluginsTest.class.getClassLoader())) {
            assertThat(Plugins.using(child).all(UnusedProvider.class)).extracting(Provider::name)
                    .containsExactly("extra");
            assertThat(Plugins.using(child).classLoader()).isSameAs(child);
        }
        assertThat(plugins.all(UnusedProvider.class)).isEmpty();
    }

    /** Listed only by the services file that {@link #injectedClassLoaderDecidesWhatIsFound} writes. */
    public static final class Extra implements UnusedProvider {
        @Override public String name() { return "extra"; }
    }
}
