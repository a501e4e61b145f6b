package org.jiceng.benchmarks.scoring;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;

/**
 * Two builds of the scoring engine side by side in one JVM, for before/after measurements on a shared
 * machine: each build is loaded from its own class path (e.g. main's {@code benchmarks.jar} and a
 * branch's) in its own class loader, the same workload is generated in each, and the two are called
 * alternately. Each call is timed by the CPU time of the scoring thread, so other processes queueing
 * for the cores dilute neither side, and both sides share the machine's state of the moment. Prints
 * the median of each side over the second half of the calls (the first half warms up) and the median
 * of the paired ratios A ÷ B (above 1: B is faster). The hand loop ({@code hand}) is a control: its
 * code is the same in both builds, so its ratio shows the method's noise.
 *
 * <pre>java -Xms6g -Xmx6g -XX:+UseParallelGC -cp benchmarks/target/benchmarks.jar \
 *     org.jiceng.benchmarks.scoring.ScoringPairedCpuTime BEFORE.jar AFTER.jar totals|lines|hand [calls] [subjects]</pre>
 */
public final class ScoringPairedCpuTime {

    private ScoringPairedCpuTime() {
    }

    /**
     * @param args class path A, class path B, {@code totals}, {@code lines} or {@code hand}, calls
     *     (default 40), subjects (default 10000)
     * @throws Exception when a build cannot be loaded or a call fails
     */
    public static void main(String[] args) throws Exception {
        String mode = args[2];
        int calls = args.length > 3 ? Integer.parseInt(args[3]) : 40;
        int subjects = args.length > 4 ? Integer.parseInt(args[4]) : 10_000;
        Callable<Object> a = variant(args[0], mode, subjects);
        Callable<Object> b = variant(args[1], mode, subjects);
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        double[] ta = new double[calls];
        double[] tb = new double[calls];
        double[] ratio = new double[calls];
        Object ra = null;
        Object rb = null;
        for (int i = 0; i < calls; i++) {
            long start = mx.getCurrentThreadCpuTime();
            ra = a.call();
            ta[i] = (mx.getCurrentThreadCpuTime() - start) / 1e6;
            start = mx.getCurrentThreadCpuTime();
            rb = b.call();
            tb[i] = (mx.getCurrentThreadCpuTime() - start) / 1e6;
            ratio[i] = ta[i] / tb[i];
        }
        double ma = secondHalfMedian(ta);
        double mb = secondHalfMedian(tb);
        // Totals print small; the two builds' classes differ, so their text is what can be compared.
        String same = mode.equals("lines") ? "not compared" : String.valueOf(String.valueOf(ra).equals(String.valueOf(rb)));
        System.out.printf(Locale.ROOT, "%s, %d subjects, %d calls: A median %.1f ms CPU (%.2f M events/CPU-s), B median %.1f ms CPU"
                + " (%.2f M events/CPU-s), A/B paired median %.3f (second half; all pairs %.3f..%.3f); same results: %s%n",
                mode, subjects, calls, ma, 1e3 / ma, mb, 1e3 / mb, secondHalfMedian(ratio),
                Arrays.stream(ratio).min().orElse(0), Arrays.stream(ratio).max().orElse(0), same);
    }

    private static double secondHalfMedian(double[] values) {
        double[] half = Arrays.copyOfRange(values, values.length / 2, values.length);
        Arrays.sort(half);
        return half[half.length / 2];
    }

    /** One build: its workload, engine and options, called through reflection in its own class loader. */
    private static Callable<Object> variant(String classPath, String mode, int subjects) throws Exception {
        List<URL> urls = new ArrayList<>();
        for (String entry : classPath.split(java.io.File.pathSeparator)) {
            urls.add(Path.of(entry).toUri().toURL());
        }
        ClassLoader loader = new URLClassLoader(urls.toArray(new URL[0]), ClassLoader.getPlatformClassLoader());
        // Rule packs are found through the service loader of the context class loader.
        Thread.currentThread().setContextClassLoader(loader);
        Class<?> workload = loader.loadClass(MemberWorkload.class.getName());
        Object events = workload.getMethod("generate", int.class, int.class, long.class)
                .invoke(null, ScoringBenchmark.EVENTS, subjects, 42L);
        Object asOf = workload.getField("AS_OF").get(null);
        Object ruleSet = loader.loadClass("org.jiceng.scoring.RuleSets").getMethod("builtIn", String.class)
                .invoke(null, workload.getField("RULE_SET").get(null));
        Class<?> engineClass = loader.loadClass("org.jiceng.scoring.ScoringEngine");
        Object engine = engineClass.getMethod("compile", loader.loadClass("org.jiceng.scoring.RuleSet")).invoke(null, ruleSet);
        Class<?> optionsClass = loader.loadClass("org.jiceng.scoring.ScoringOptions");
        Object options = optionsClass.getField(mode.equals("lines") ? "DEFAULT" : "TOTALS_ONLY").get(null);
        Method score = engineClass.getMethod("score", Collection.class, Instant.class, optionsClass);
        Method hand = loader.loadClass(HandLoop.class.getName()).getMethod("totals", Collection.class, Instant.class);
        return switch (mode) {
            case "totals", "lines" -> () -> score.invoke(engine, events, asOf, options);
            case "hand" -> () -> hand.invoke(null, events, asOf);
            default -> throw new IllegalArgumentException("mode " + mode + ": totals, lines or hand");
        };
    }
}
