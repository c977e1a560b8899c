namespace Alerts.Alerting;

/// <summary>At most one open alert exists per key (issue 5: "one open alert per topic + signal").</summary>
public sealed record DedupKey(string TopicId, string Signal)
{
    public override string ToString() => $"{TopicId}|{Signal}";
}
