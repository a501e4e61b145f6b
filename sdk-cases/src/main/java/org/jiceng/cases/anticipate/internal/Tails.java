package org.jiceng.cases.anticipate.internal;

/** Upper-tail probabilities of the Poisson and binomial distributions, accurate for tiny tails. Not API. */
public final class Tails {

    private static final int TABLE = 4096;
    private static final double[] LOG_FACTORIAL = new double[TABLE];

    static {
        for (int i = 1; i < TABLE; i++) {
            LOG_FACTORIAL[i] = LOG_FACTORIAL[i - 1] + Math.log(i);
        }
    }

    private Tails() {
    }

    /**
     * @param x a count
     * @param mu the Poisson mean, {@code >= 0}
     * @return {@code P(X >= x)} for {@code X ~ Poisson(mu)}
     */
    public static double poissonUpper(int x, double mu) {
        if (x <= 0) {
            return 1.0;
        }
        if (mu <= 0) {
            return 0.0;
        }
        if (x > mu) {
            // Sum the tail directly from its first term, so that tiny probabilities keep their digits.
            double term = Math.exp(-mu + x * Math.log(mu) - logFactorial(x));
            double sum = 0;
            for (int k = x; k < x + 100_000; k++) {
                sum += term;
                term *= mu / (k + 1);
                if (term <= sum * 1e-17) {
                    break;
                }
            }
            return Math.min(1.0, sum);
        }
        double term = Math.exp(-mu);
        double lower = 0;
        for (int k = 0; k < x; k++) {
            lower += term;
            term *= mu / (k + 1);
        }
        return Math.max(0.0, Math.min(1.0, 1.0 - lower));
    }

    /**
     * @param n trials
     * @param p success probability in [0, 1]
     * @param a successes
     * @return {@code P(X >= a)} for {@code X ~ Binomial(n, p)}
     */
    public static double binomialUpper(int n, double p, int a) {
        if (a <= 0) {
            return 1.0;
        }
        if (a > n || p <= 0) {
            return 0.0;
        }
        if (p >= 1) {
            return 1.0;
        }
        // First term by logarithms, the rest by the ratio of successive terms.
        double term = Math.exp(logChoose(n, a) + a * Math.log(p) + (n - a) * Math.log1p(-p));
        double odds = p / (1 - p);
        double sum = 0;
        for (int k = a; k <= n; k++) {
            sum += term;
            term *= odds * (n - k) / (k + 1);
        }
        return Math.min(1.0, sum);
    }

    /**
     * @param population population size N
     * @param successes successes in the population K
     * @param draws draws without replacement n
     * @param a successes drawn
     * @return {@code P(X >= a)} for {@code X ~ Hypergeometric(N, K, n)}: the one-sided Fisher exact test
     */
    public static double hypergeometricUpper(int population, int successes, int draws, int a) {
        int hi = Math.min(successes, draws);
        if (a <= Math.max(0, draws - (population - successes))) {
            return 1.0;
        }
        if (a > hi) {
            return 0.0;
        }
        double term = Math.exp(logChoose(successes, a) + logChoose(population - successes, draws - a)
                - logChoose(population, draws));
        double sum = 0;
        for (int k = a; k <= hi; k++) {
            sum += term;
            term *= (double) (successes - k) * (draws - k) / ((k + 1.0) * (population - successes - draws + k + 1));
        }
        return Math.min(1.0, sum);
    }

    private static double logChoose(int n, int k) {
        return logFactorial(n) - logFactorial(k) - logFactorial(n - k);
    }

    static double logFactorial(int n) {
        if (n < TABLE) {
            return LOG_FACTORIAL[n];
        }
        double x = n + 1.0;
        // Stirling's series for log Γ(x).
        return (x - 0.5) * Math.log(x) - x + 0.5 * Math.log(2 * Math.PI) + 1 / (12 * x) - 1 / (360 * x * x * x);
    }
}
