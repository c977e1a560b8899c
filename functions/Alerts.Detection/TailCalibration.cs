namespace Alerts.Detection;

/// <summary>
/// Keeps the stated false-alarm rate honest on real series. The count model's surprise s = −log10 p would exceed
/// level s with probability 10^−s if the model were exact; real mention series (bots, retweet cascades) exceed it
/// far more often. This tracks how often the topic's own surprise passes two levels (1 and 2) and extrapolates that
/// exponential tail to the alert level, so the tail probability reported is the topic's empirical one. It is never
/// allowed to be more optimistic than the model itself.
/// </summary>
internal struct TailCalibration
{
    private const double LowLevel = 1;
    private const double HighLevel = 2;
    private const double MinSlope = -6;
    private const double MaxSlope = -0.5;

    private float _lowRate;
    private float _highRate;
    private uint _count;

    /// <summary>Calibrated log10 tail probability for a model surprise.</summary>
    public readonly double Log10P(double surprise)
    {
        if (surprise <= 0) return 0;
        var (low, high) = Rates();
        var logLow = Math.Log10(low);
        if (surprise <= LowLevel) return Math.Max(-surprise, logLow * surprise / LowLevel);
        // Bursty series have tails between exponential and power law; the rate is extrapolated in √surprise.
        var slope = Math.Clamp((Math.Log10(high) - logLow) / (Math.Sqrt(HighLevel) - Math.Sqrt(LowLevel)), MinSlope, MaxSlope);
        return Math.Max(-surprise, logLow + ((Math.Sqrt(surprise) - Math.Sqrt(LowLevel)) * slope));
    }

    /// <summary>Counts one bucket's surprise; memory is <paramref name="memory"/> buckets, with a prior worth a quarter of it.</summary>
    public void Update(double surprise, int memory)
    {
        var weight = 1.0 / Math.Min(_count + 1 + (memory / 4), memory);
        var (low, high) = Rates();
        _lowRate = (float)(low + (weight * ((surprise >= LowLevel ? 1 : 0) - low)));
        _highRate = (float)(high + (weight * ((surprise >= HighLevel ? 1 : 0) - high)));
        _count = Math.Min(uint.MaxValue - 1, _count + 1);
    }

    /// <summary>Until the first update the rates are the model's own (0.1 and 0.01); floors keep the logs finite.</summary>
    private readonly (double Low, double High) Rates() => _count == 0
        ? (0.1, 0.01)
        : (Math.Max(_lowRate, 1e-4), Math.Max(_highRate, 1e-5));

    public readonly void Write(ref StateWriter writer)
    {
        writer.Float(_lowRate);
        writer.Float(_highRate);
        writer.UInt(_count);
    }

    public void Read(ref StateReader reader)
    {
        _lowRate = reader.Float();
        _highRate = reader.Float();
        _count = reader.UInt();
    }
}
