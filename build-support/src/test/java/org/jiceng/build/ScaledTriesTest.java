package org.jiceng.build;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Example;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.lifecycle.AfterContainer;

class ScaledTriesTest {

    private static final int FIXED = 4;
    private static final AtomicInteger RUNS = new AtomicInteger();

    @Property(tries = FIXED)
    void countsItsTries(@ForAll int anything) {
        RUNS.incrementAndGet();
    }

    @AfterContainer
    static void aPropertyThatFixesItsTriesRunsItsShareOfTheBuildsTries() {
        int buildTries = Integer.getInteger(ScaledTries.TRIES_PROPERTY, ScaledTries.BASELINE);
        assertThat(RUNS.get()).isEqualTo(ScaledTries.scaled(FIXED, buildTries));
    }

    @Example
    void theDefaultBuildRunsFixedTriesAsWritten() {
        assertThat(ScaledTries.scaled(60, 200)).isEqualTo(60);
        assertThat(ScaledTries.scaled(60, 100)).isEqualTo(60);
    }

    @Example
    void thoroughMultipliesFixedTriesByItsFactor() {
        assertThat(ScaledTries.scaled(60, 5000)).isEqualTo(1500);
        assertThat(ScaledTries.scaled(Integer.MAX_VALUE, 5000)).isEqualTo(Integer.MAX_VALUE);
    }
}
