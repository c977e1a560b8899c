namespace Alerts.Detection;

/// <summary>
/// The current run of empty buckets: when it began, how many mentions the baseline expected over it, and the
/// log10 probability of the whole run being empty if traffic were normal.
/// </summary>
internal struct SilenceRun
{
    public long StartTicks;
    public double Expected;
    public double Log10Probability;
    public int Length;

    public void Extend(long bucketTicks, double expected, double dispersion)
    {
        if (Length == 0) StartTicks = bucketTicks;
        Length++;
        Expected += expected;
        Log10Probability += Tails.NegBinZeroLog10(expected, dispersion);
    }

    public void Reset() => this = default;

    public readonly void Write(ref StateWriter writer)
    {
        writer.Long(StartTicks);
        writer.Double(Expected);
        writer.Double(Log10Probability);
        writer.Int(Length);
    }

    public void Read(ref StateReader reader)
    {
        StartTicks = reader.Long();
        Expected = reader.Double();
        Log10Probability = reader.Double();
        Length = reader.Int();
    }
}
