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
    public static ScanResult Failed(string feedId, string scanId, string error) =>
        new(feedId, scanId, "failed", 0, 0, 0, new Dictionary<string, int>(), error);
}
