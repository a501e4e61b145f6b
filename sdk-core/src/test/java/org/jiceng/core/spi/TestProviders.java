package org.jiceng.core.spi;

/** Provider types and implementations used by {@link PluginsTest}; each SPI has its own services file. */
final class TestProviders {

    private TestProviders() {
    }

    /** An SPI whose services file lists two well-behaved providers. */
    @SpiArtifact("org.example:greeters")
    public interface GreeterProvider extends Provider {
        String greet();
    }

    public static final class Hello implements GreeterProvider {
        @Override public String name() { return "hello"; }
        @Override public int order() { return 10; }
        @Override public String greet() { return "hello"; }
    }

    public static final class NiHao implements GreeterProvider {
        @Override public String name() { return "nihao"; }
        @Override public int order() { return -5; }
        @Override public String greet() { return "你好"; }
    }

    /** An SPI whose services file lists two providers with the same name. */
    public interface ClashingProvider extends Provider {
    }

    public static final class ClashA implements ClashingProvider {
        @Override public String name() { return "same"; }
    }

    public static final class ClashB implements ClashingProvider {
        @Override public String name() { return "same"; }
    }

    /** An SPI whose services file lists a good provider, one that throws and one that does not exist. */
    public interface FragileProvider extends Provider {
    }

    public static final class Sturdy implements FragileProvider {
        @Override public String name() { return "sturdy"; }
    }

    public static final class ExplodesOnConstruction implements FragileProvider {
        public ExplodesOnConstruction() {
            throw new IllegalStateException("missing licence key");
        }
        @Override public String name() { return "explodes"; }
    }

    /** An SPI whose only provider has a blank name. */
    public interface NamelessProvider extends Provider {
    }

    public static final class Blank implements NamelessProvider {
        @Override public String name() { return " "; }
    }

    /** An SPI with no services file at all. */
    public interface UnusedProvider extends Provider {
    }
}
