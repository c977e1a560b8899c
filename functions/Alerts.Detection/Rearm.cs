namespace Alerts.Detection;

/// <summary>
/// Escalation-only re-alerting. After an episode, a new one must be at least as strong as the last peak, decayed
/// with a half-life: a story that is still running does not alert again for an aftershock, but a bigger wave does,
/// and a day later the topic is back to its plain threshold. This is the main defence against alert fatigue on
/// bursty topics, where one news item brings several bursts.
/// </summary>
internal struct Rearm
{
    private float _peakStrength;
    private long _peakTicks;

    public readonly double Required(long ticks, long halfLifeTicks)
    {
        if (_peakStrength <= 0) return 1;
        var decay = Math.Pow(0.5, (ticks - _peakTicks) / (double)halfLifeTicks);
        return Math.Max(1, _peakStrength * decay);
    }

    public void Record(long ticks, double strength, long halfLifeTicks)
    {
        if (strength >= Required(ticks, halfLifeTicks))
        {
            _peakStrength = (float)strength;
            _peakTicks = ticks;
        }
    }

    public readonly void Write(ref StateWriter writer)
    {
        writer.Float(_peakStrength);
        writer.Long(_peakTicks);
    }

    public void Read(ref StateReader reader)
    {
        _peakStrength = reader.Float();
        _peakTicks = reader.Long();
    }
}
