using System.ComponentModel.DataAnnotations;

namespace Alerts.Functions.Scanning;

/// <summary>Section <c>Alerts:Scan</c>.</summary>
public sealed class ScanOptions
{
    public const string Section = "Alerts:Scan";

    /// <summary>Bucket length for per-topic counts; detectors evaluate each bucket when it closes.</summary>
    [Range(typeof(TimeSpan), "00:01:00", "01:00:00", ErrorMessage = "Alerts:Scan:BucketLength must be between 1 minute and 1 hour.")]
    public TimeSpan BucketLength { get; set; } = TimeSpan.FromMinutes(5);

    /// <summary>Items published longer ago than this when first seen are remembered but not counted (a new feed's backlog is not a spike).</summary>
    [Range(typeof(TimeSpan), "00:05:00", "7.00:00:00", ErrorMessage = "Alerts:Scan:MaxItemAge must be between 5 minutes and 7 days.")]
    public TimeSpan MaxItemAge { get; set; } = TimeSpan.FromHours(1);

    /// <summary>
    /// How long after a bucket ends it is evaluated: items are bucketed by publication time and fetched up to one
    /// poll interval later, so a bucket is judged only once its late items have had time to arrive.
    /// </summary>
    [Range(typeof(TimeSpan), "00:00:00", "01:00:00", ErrorMessage = "Alerts:Scan:SettleDelay must be at most 1 hour.")]
    public TimeSpan SettleDelay { get; set; } = TimeSpan.FromMinutes(2);

    /// <summary>How long the compiled topic matcher is reused before topics are read again.</summary>
    [Range(typeof(TimeSpan), "00:00:00", "00:10:00", ErrorMessage = "Alerts:Scan:TopicRefresh must be at most 10 minutes.")]
    public TimeSpan TopicRefresh { get; set; } = TimeSpan.FromSeconds(30);
}
