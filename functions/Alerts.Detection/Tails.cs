namespace Alerts.Detection;

/// <summary>
/// Tail probabilities for counts, as log10 so that tiny probabilities neither underflow nor lose their ranking.
/// Each is O(1): the signed root of the deviance with a continuity correction, mapped through the normal tail.
/// For Poisson and negative binomial counts that approximation stays close to the exact tail down to counts of a few,
/// where a z-score on raw counts is badly wrong.
/// </summary>
internal static class Tails
{
    private const double Ln10 = 2.302585092994046;

    /// <summary>log10 P(X ≥ x) for X ~ NegBin(mean μ, variance μ + αμ²); α = 0 is Poisson.</summary>
    public static double NegBinUpperLog10(double x, double mean, double alpha)
    {
        var y = x - 0.5;
        if (y <= mean) return 0;
        var deviance = alpha < 1e-9
            ? 2 * ((y * Math.Log(y / mean)) - (y - mean))
            : 2 * ((y * Math.Log(y / mean)) - ((y + (1 / alpha)) * Math.Log((1 + (alpha * y)) / (1 + (alpha * mean)))));
        return NormalUpperLog10(Math.Sqrt(Math.Max(0, deviance)));
    }

    /// <summary>
    /// log10 P(K ≥ k) for k of n successes at share p, with the binomial variance inflated by 1 + (n − 1)ρ
    /// (the beta-binomial's intra-class correlation ρ), so a topic whose share swings naturally needs more to fire.
    /// </summary>
    public static double ShareUpperLog10(double k, double n, double share, double rho)
    {
        var y = k - 0.5;
        var expected = n * share;
        if (y <= expected || n <= 0) return 0;
        var rest = n - y;
        var deviance = 2 * ((y * Math.Log(y / expected)) + (rest > 0 ? rest * Math.Log(rest / (n - expected)) : 0));
        var inflation = 1 + ((n - 1) * rho);
        return NormalUpperLog10(Math.Sqrt(Math.Max(0, deviance) / inflation));
    }

    /// <summary>log10 P(X = 0) for the same negative binomial.</summary>
    public static double NegBinZeroLog10(double mean, double alpha) =>
        alpha < 1e-9 ? -mean / Ln10 : -Math.Log(1 + (alpha * mean)) / alpha / Ln10;

    /// <summary>log10 of the standard normal upper tail P(Z ≥ z), z ≥ 0.</summary>
    public static double NormalUpperLog10(double z)
    {
        // erfc by Numerical Recipes' Chebyshev fit (relative error < 1.2e-7), kept in log form so the tail
        // of a huge burst still ranks above that of a merely large one.
        var u = z / Math.Sqrt(2);
        var t = 1 / (1 + (0.5 * u));
        var poly = -1.26551223 + (t * (1.00002368 + (t * (0.37409196 + (t * (0.09678418 + (t * (-0.18628806
            + (t * (0.27886807 + (t * (-1.13520398 + (t * (1.48851587 + (t * (-0.82215223 + (t * 0.17087277)))))))))))))))));
        var lnErfc = Math.Log(t) - (u * u) + poly;
        return (lnErfc - Math.Log(2)) / Ln10;
    }
}
