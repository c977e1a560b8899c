namespace Alerts.Storage.Feeds;

/// <summary>
/// Everything the scanner keeps per feed: which items it has seen, the conditional-GET validators, the
/// journal of an unfinished scan, and the feed's health as operators see it.
/// </summary>
public sealed class FeedState
{
    /// <summary>
    /// Seen-item key hashes, oldest first, capped at this (128 KiB in four binary properties): above the largest
    /// document a scan reads (FeedScanner.MaxItemsPerScan), so a burst never pushes its own items out and recounts them.
    /// </summary>
    public const int SeenCapacity = 16_384;

    public List<ulong> SeenKeys { get; set; } = [];
    public PendingScan? Pending { get; set; }
    public long JournalSequence { get; set; }
    public string? ETag { get; set; }
    public DateTimeOffset? LastModified { get; set; }
    public DateTimeOffset? LastSuccess { get; set; }
    public DateTimeOffset? LastFailure { get; set; }
    public int ConsecutiveFailures { get; set; }
    public string? LastError { get; set; }
    public DateTimeOffset? NextAttemptNotBefore { get; set; }
    public DateTimeOffset? LastEnqueuedAt { get; set; }
    public long ItemsCounted { get; set; }
    public bool HasScanned { get; set; }

    public void Remember(IEnumerable<ulong> keys)
    {
        SeenKeys.AddRange(keys);
        if (SeenKeys.Count > SeenCapacity) SeenKeys.RemoveRange(0, SeenKeys.Count - SeenCapacity);
    }
}
