using System.Globalization;

namespace Alerts.Storage.Tables;

/// <summary>All partition and row keys come from here, so their formats cannot drift apart.</summary>
public static class TableKeys
{
    public const string TopicPartition = "topic";
    public const string FeedPartition = "feed";
    public const string ChannelPartition = "channel";
    public const string StateRow = "state";

    /// <summary>A feed's enqueue mark, beside its <see cref="StateRow"/> so marking never changes the state row's ETag.</summary>
    public const string EnqueuedRow = "enqueued";

    /// <summary>Bucket rows sort by time: <c>yyyyMMddHHmmss</c> in UTC.</summary>
    public static string BucketRow(DateTimeOffset start) => start.UtcDateTime.ToString("yyyyMMddHHmmss", CultureInfo.InvariantCulture);

    public static DateTimeOffset BucketStart(string row) =>
        new(DateTime.ParseExact(row, "yyyyMMddHHmmss", CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal), TimeSpan.Zero);
}
