namespace Alerts.Standalone.Queues;

/// <summary>Randomized exponential back-off from 100 ms up to maxPollingInterval while a queue is empty (platform-facts B1).</summary>
public sealed class PollingBackoff(TimeSpan max)
{
    private static readonly TimeSpan Min = TimeSpan.FromMilliseconds(100);
    private TimeSpan _current = TimeSpan.Zero;

    public TimeSpan Next()
    {
        var doubled = _current == TimeSpan.Zero ? Min : _current * 2;
        _current = doubled > max ? max : doubled;
        // Jitter between 80 % and 100 % so that two instances do not poll in lock-step.
        return _current * (0.8 + (0.2 * Random.Shared.NextDouble()));
    }

    public void Reset() => _current = TimeSpan.Zero;
}
