package org.jiceng.core.spi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProviderClaimsTest {

    @Test
    void nullFromAProviderMethodIsAPluginExceptionNamingTheProvider() {
        TestProviders.Hello hello = new TestProviders.Hello();
        assertThatThrownBy(() -> ProviderClaims.nonNull(hello, "greet()", null)).isInstanceOf(PluginException.class)
                .hasMessageContaining(TestProviders.Hello.class.getName()).hasMessageContaining("'hello'")
                .hasMessageContaining("null from greet()");
        assertThat(ProviderClaims.nonNull(hello, "greet()", "hi")).isEqualTo("hi");
    }

    @Test
    void aKeyClaimedByTwoProvidersIsAnErrorListingBothClassesAndHowToChoose() {
        List<TestProviders.GreeterProvider> both = List.of(new TestProviders.Hello(), new TestProviders.NiHao());
        assertThatThrownBy(() -> ProviderClaims.single(TestProviders.GreeterProvider.class, "greeting", "hi", both,
                "choose with Greeters.select(name)")).isInstanceOf(PluginException.class)
                .hasMessageContaining(TestProviders.Hello.class.getName())
                .hasMessageContaining(TestProviders.NiHao.class.getName())
                .hasMessageContaining("greeting 'hi'").hasMessageContaining("Greeters.select(name)");
        assertThat(ProviderClaims.single(TestProviders.GreeterProvider.class, "greeting", "hi", both.subList(0, 1), ""))
                .isSameAs(both.get(0));
    }
}
