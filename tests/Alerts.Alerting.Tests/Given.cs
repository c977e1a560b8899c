using System.Text.Json;

namespace Alerts.Alerting.Tests;

/// <summary>
/// Shared arrangements. Buckets are five minutes; a spike is applied at the end of its bucket,
/// so <see cref="FiringAlert"/> (spike in bucket -1) is opened and announced at exactly <see cref="T0"/>.
/// </summary>
internal static class Given
{
    public static readonly DateTimeOffset T0 = new(2026, 11, 23, 9, 0, 0, TimeSpan.Zero);
    public static readonly DedupKey Key = new("topic-sale", "mentions");
    public static readonly AlertPolicy Policy = new();
    public static readonly TimeSpan BucketSize = TimeSpan.FromMinutes(5);
    public static readonly IReadOnlyList<SilenceRule> NoSilences = [];

    public static DateTimeOffset Minutes(double minutes) => T0.AddMinutes(minutes);

    public static DateTimeOffset Bucket(int index) => T0 + (index * BucketSize);

    public static SpikeEvidence Spike(int bucket, AlertSeverity severity = AlertSeverity.Minor, bool episodeEnded = false, DedupKey? key = null)
    {
        var k = key ?? Key;
        return new SpikeEvidence(k, SpikeEvidence.IdFor(k, Bucket(bucket)), Bucket(bucket), Bucket(-1), 42, 10, 4.2, 0.0005, severity, episodeEnded);
    }

    public static TransitionResult Apply(
        Alert? existing, SpikeEvidence spike, DateTimeOffset? now = null, IReadOnlyList<SilenceRule>? silences = null, string id = "alert-1") =>
        AlertLifecycle.OpenOrUpdate(existing, spike, silences ?? NoSilences, Policy, now ?? spike.BucketStart + BucketSize, () => id);

    public static Alert FiringAlert(AlertSeverity severity = AlertSeverity.Minor) => Apply(null, Spike(-1, severity)).Alert;

    public static Alert InState(AlertState state) => state switch
    {
        AlertState.Firing => FiringAlert(),
        AlertState.Acknowledged => AlertLifecycle.Acknowledge(FiringAlert(), "anna", "on it", Minutes(5)).Alert,
        AlertState.Snoozed => AlertLifecycle.Snooze(FiringAlert(), Minutes(60), "anna", "waiting for the campaign call", Policy, Minutes(5)).Alert,
        AlertState.Resolved => AlertLifecycle.Resolve(FiringAlert(), "anna", "false alarm", Minutes(5)).Alert,
        _ => throw new ArgumentOutOfRangeException(nameof(state), state, null),
    };

    public static SilenceRule Silence(DateTimeOffset startsAt, DateTimeOffset endsAt, string? signal = "mentions", string topicId = "topic-sale") =>
        new("silence-1", topicId, signal, startsAt, endsAt, "Black Friday campaign", "ben");

    public static string Json(Alert alert) => JsonSerializer.Serialize(alert, AlertJsonContext.Default.Alert);

    public static List<AuditEntry> AuditOf(Alert alert, string kind) => alert.Audit.FindAll(e => e.Kind == kind);
}
