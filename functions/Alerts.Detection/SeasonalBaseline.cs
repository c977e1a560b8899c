namespace Alerts.Detection;

/// <summary>
/// Expected count per bucket: hour of week, falling back to hour of day and then to the global mean while the finer
/// cells are young, times a slow level ratio that follows trends within a day. Updates are winsorised at
/// expected ± a few standard deviations, so a burst moves the baseline by a bounded step, never by its size.
/// </summary>
internal sealed class SeasonalBaseline
{
    public const int WeekCells = 168;
    public const int DayCells = 24;

    private const double Clip = 2.0;
    private const double MaxUpdateLift = 2.0;
    private const double InEpisodeClip = 1.0;
    /// <summary>Floor of <see cref="Expected"/>, so lifts stay finite; an expectation at the floor means "nothing".</summary>
    public const double MinMean = 0.05;

    private readonly float[] _week = new float[WeekCells];
    private readonly byte[] _weekCount = new byte[WeekCells];
    private readonly float[] _hour = new float[DayCells];
    private readonly ushort[] _hourCount = new ushort[DayCells];
    private readonly int _bucketsPerHour;
    private float _global;
    private uint _globalCount;
    private float _recentObserved;
    private float _recentSeasonal;
    private float _dispersion = 0.1f;

    public SeasonalBaseline(int bucketsPerHour) => _bucketsPerHour = bucketsPerHour;

    /// <summary>Negative-binomial α: variance = μ + αμ², estimated from the winsorised residuals.</summary>
    public double Dispersion => _dispersion;

    public double Expected(int hourOfWeek)
    {
        var seasonal = Seasonal(hourOfWeek);
        return Math.Max(MinMean, seasonal * Level());
    }

    public double StandardDeviation(double mean) => Math.Sqrt(mean + (_dispersion * mean * mean));

    /// <summary>Learns from one bucket. Inside an episode the clip is tighter so a long burst barely moves the baseline.</summary>
    public void Update(int hourOfWeek, double observed, double expected, bool inEpisode)
    {
        var sd = Math.Max(1, StandardDeviation(expected));
        var clip = inEpisode ? InEpisodeClip : Clip;
        // The lift cap matters on bursty topics, where one standard deviation is about the mean itself.
        var upper = Math.Min(expected + (clip * sd), (MaxUpdateLift * expected) + clip);
        var x = Math.Clamp(observed, Math.Max(0, expected - (clip * sd)), upper);
        var seasonal = Seasonal(hourOfWeek);

        var hour = hourOfWeek % DayCells;
        _week[hourOfWeek] = Step(_week[hourOfWeek], x, _weekCount[hourOfWeek], 4 * _bucketsPerHour);
        _weekCount[hourOfWeek] = (byte)Math.Min(byte.MaxValue, _weekCount[hourOfWeek] + 1);
        _hour[hour] = Step(_hour[hour], x, _hourCount[hour], 7 * _bucketsPerHour);
        _hourCount[hour] = (ushort)Math.Min(ushort.MaxValue, _hourCount[hour] + 1);
        _global = Step(_global, x, _globalCount, 24 * _bucketsPerHour);
        _globalCount = Math.Min(uint.MaxValue - 1, _globalCount + 1);

        // The level ratio compares the last two days with what the seasonal cells predicted for them.
        var levelRate = 1.0 / (48 * _bucketsPerHour);
        _recentObserved += (float)(levelRate * (x - _recentObserved));
        _recentSeasonal += (float)(levelRate * (seasonal - _recentSeasonal));

        // Moment estimate of α only where the mean is large enough for the residual to say something about it.
        if (expected >= 2)
        {
            var residual = x - expected;
            var sample = ((residual * residual) - expected) / (expected * expected);
            _dispersion = (float)Math.Clamp(_dispersion + ((sample - _dispersion) / (24.0 * _bucketsPerHour)), 0.005, 3.0);
        }
    }

    private double Seasonal(int hourOfWeek)
    {
        var hour = hourOfWeek % DayCells;
        var hourValue = Blend(_hour[hour], _hourCount[hour], 2 * _bucketsPerHour, _global);
        return Blend(_week[hourOfWeek], _weekCount[hourOfWeek], 2 * _bucketsPerHour, hourValue);
    }

    private double Level()
    {
        // A prior of a few counts keeps the ratio calm on sparse topics.
        const double Prior = 2;
        return Math.Clamp((_recentObserved + Prior) / (_recentSeasonal + Prior), 0.25, 4);
    }

    private static double Blend(double cell, int count, int trustedAt, double fallback)
    {
        var weight = Math.Min(1.0, count / (double)trustedAt);
        return (weight * cell) + ((1 - weight) * fallback);
    }

    /// <summary>Running mean while young, then an exponential average with the given memory (in updates).</summary>
    private static float Step(float value, double x, long count, int memory) =>
        (float)(value + ((x - value) / Math.Min(count + 1, memory)));

    public void Write(ref StateWriter writer)
    {
        writer.Floats(_week);
        writer.Bytes(_weekCount);
        writer.Floats(_hour);
        writer.UShorts(_hourCount);
        writer.Float(_global);
        writer.UInt(_globalCount);
        writer.Float(_recentObserved);
        writer.Float(_recentSeasonal);
        writer.Float(_dispersion);
    }

    public void Read(ref StateReader reader)
    {
        reader.Floats(_week);
        reader.Bytes(_weekCount);
        reader.Floats(_hour);
        reader.UShorts(_hourCount);
        _global = reader.Float();
        _globalCount = reader.UInt();
        _recentObserved = reader.Float();
        _recentSeasonal = reader.Float();
        _dispersion = reader.Float();
    }
}
