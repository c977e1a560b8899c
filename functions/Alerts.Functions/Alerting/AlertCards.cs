using Alerts.Alerting;
using Alerts.Domain.Configuration;
using Alerts.Functions.Scanning;
using Alerts.Storage.Buckets;
using Alerts.Storage.Detection;
using Alerts.Teams;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Alerting;

/// <summary>
/// What a card and the acknowledge page show about an alert: the last 24 h of its topic's buckets, the spike window's
/// top posts and emotion split, and acknowledge/snooze links signed with <see cref="SigningKeySetting"/>.
/// </summary>
public sealed class AlertCards(BucketStore buckets, ExpectationStore expectations, IConfiguration configuration, IOptions<ScanOptions> scan, TimeProvider time)
{
    public const string SigningKeySetting = "Alerts:Security:AckSigningKey";
    public const string PublicBaseUrlSetting = "Alerts:PublicBaseUrl";
    private static readonly TimeSpan LinkLifetime = TimeSpan.FromDays(7);

    public static CardLanguage LanguageOf(ChannelConfig? channel) =>
        channel is null || string.Equals(channel.Language, "de", StringComparison.OrdinalIgnoreCase) ? CardLanguage.German : CardLanguage.English;

    /// <summary>The link signing key: base64 of at least <see cref="AckToken.MinKeyBytes"/> bytes; an error names the setting.</summary>
    public byte[] SigningKey()
    {
        var text = configuration[SigningKeySetting];
        byte[]? key = null;
        if (!string.IsNullOrWhiteSpace(text))
        {
            key = new byte[text.Length];
            key = Convert.TryFromBase64String(text, key, out var written) ? key[..written] : null;
        }

        return key is { Length: >= AckToken.MinKeyBytes }
            ? key
            : throw new InvalidOperationException($"app setting '{SigningKeySetting}' must be base64 of at least {AckToken.MinKeyBytes} bytes (signs the card's acknowledge links)");
    }

    private Uri AckUrl(string alertId, AckAction action, DateTimeOffset now)
    {
        var baseUrl = configuration[PublicBaseUrlSetting];
        if (!Uri.TryCreate(baseUrl, UriKind.Absolute, out _))
        {
            throw new InvalidOperationException($"app setting '{PublicBaseUrlSetting}' must be the app's absolute public URL (the card's acknowledge links point there)");
        }

        var token = AckToken.Create(alertId, action, now + LinkLifetime, SigningKey());
        return new Uri($"{baseUrl.TrimEnd('/')}/api/ack?alert={Uri.EscapeDataString(alertId)}&token={token}");
    }

    public async Task<AlertCardModel> BuildModelAsync(Alert alert, TopicConfig topic, int revision, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var latest = alert.Latest;
        var bucketLength = scan.Value.BucketLength;
        var windowEnd = latest.BucketStart + bucketLength;
        var day = await buckets.GetRangeAsync(alert.Key.TopicId, now - TimeSpan.FromHours(24), now, cancellationToken);
        var expected = await expectations.GetRangeAsync(alert.Key.TopicId, now - TimeSpan.FromHours(24), now, cancellationToken);
        bool InWindow(DateTimeOffset start) => start >= latest.OnsetStart && start <= latest.BucketStart;
        var series = Series(day, expected, alert.Key.Signal, latest.Expected, InWindow);
        var window = day.Where(b => InWindow(b.Start)).ToList();
        var (negative, neutral, positive) = (window.Sum(b => b.Aggregate.Emotion.Negative), window.Sum(b => b.Aggregate.Emotion.Neutral), window.Sum(b => b.Aggregate.Emotion.Positive));
        var total = negative + neutral + positive;
        var emotion = total == 0 ? null : new EmotionSplit(negative, neutral, positive, window.Sum(b => b.Aggregate.Emotion.ValenceSum) / total);
        var posts = window.SelectMany(b => b.Aggregate.TopItems)
            .OrderByDescending(i => i.Reach ?? 0)
            .Take(5)
            .Select(i => new TopPost(i.Title, Uri.TryCreate(i.Link, UriKind.Absolute, out var link) ? link : null, i.SourceId, i.Author, i.Reach))
            .ToList();
        var open = alert.IsOpen;
        return new AlertCardModel(
            alert.Id,
            revision,
            topic.Name,
            alert.Key.Signal,
            alert.State.ToString().ToLowerInvariant(),
            alert.Severity.ToString().ToLowerInvariant(),
            latest.OnsetStart,
            windowEnd,
            latest.Observed,
            latest.Expected,
            latest.Lift,
            latest.TailProbability,
            emotion,
            series,
            posts,
            open ? AckUrl(alert.Id, AckAction.Acknowledge, now) : null,
            open ? AckUrl(alert.Id, AckAction.Snooze, now) : null,
            null,
            null);
    }

    /// <summary>
    /// Observed against what the detector expected, per bucket that has counts or an expectation (an evaluated bucket
    /// without counts observed 0). A bucket never evaluated (before the topic's detector started) falls back to the
    /// alert's own baseline. A bucket is marked when it is in the alert's window or this signal spiked in it.
    /// </summary>
    public static List<SeriesPoint> Series(IReadOnlyList<StoredBucket> day, IReadOnlyList<BucketExpectation> expected, string signal, double fallback, Func<DateTimeOffset, bool> inWindow)
    {
        var observed = day.ToDictionary(b => b.Start, b => ValueOf(b, signal));
        var expectations = expected.ToDictionary(e => e.Start);
        return observed.Keys.Union(expectations.Keys).Order().Select(start =>
        {
            var e = expectations.GetValueOrDefault(start);
            var reference = (e is null ? null : ExpectedOf(e, signal)) ?? fallback;
            var spiked = e is not null && e.Spikes.Contains(signal, StringComparer.OrdinalIgnoreCase);
            return new SeriesPoint(start, observed.GetValueOrDefault(start), reference, inWindow(start) || spiked);
        }).ToList();
    }

    private static bool IsNegative(string signal) => signal is "negative" or "negativeemotion";

    private static bool IsPositive(string signal) => signal is "positive" or "positiveemotion";

    private static double ValueOf(StoredBucket b, string signal) =>
        IsNegative(signal) ? b.Aggregate.Emotion.Negative : IsPositive(signal) ? b.Aggregate.Emotion.Positive : b.Aggregate.Mentions;

    private static double? ExpectedOf(BucketExpectation e, string signal) =>
        IsNegative(signal) ? e.ExpectedNegative : IsPositive(signal) ? e.ExpectedPositive : e.ExpectedMentions;
}
