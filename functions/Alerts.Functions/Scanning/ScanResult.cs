namespace Alerts.Functions.Scanning;

/// <summary>What one scan did, for logs, the manual-scan API and tests.</summary>
public sealed record ScanResult(
    string FeedId,
    string ScanId,
    string Outcome,
    int ItemsSeen,
    int NewItems,
    int Matched,
    IReadOnlyDictionary<string, int> PerTopic,
    string? Error = null)
{
    /// <summary>This result and the next journal's of the same scan (a burst counted in several journals).</summary>
    public ScanResult Plus(ScanResult next)
    {
        var perTopic = new Dictionary<string, int>(PerTopic, StringComparer.Ordinal);
        foreach (var (topic, n) in next.PerTopic) perTopic[topic] = perTopic.GetValueOrDefault(topic) + n;
        return this with { NewItems = NewItems + next.NewItems, Matched = Matched + next.Matched, PerTopic = perTopic };
    }

    public static ScanResult Failed(string feedId, string scanId, string error) =>
        new(feedId, scanId, "failed", 0, 0, 0, new Dictionary<string, int>(), error);
}
