namespace Alerts.Teams;

/// <summary>
/// Everything a card shows about one revision of an alert. Feed-supplied text (topic, post titles, note)
/// is sanitised by the builder; links are kept only when they are absolute http/https.
/// <c>Signal</c>: <c>volume</c>, <c>negative</c>, <c>positive</c> or <c>silence</c>.
/// <c>State</c>: <c>firing</c>, <c>acknowledged</c>, <c>snoozed</c>, <c>resolved</c>, <c>escalated</c>, <c>undeliverable</c> …
/// <c>Last24h</c>: observed and expected count per bucket, oldest first.
/// <c>Note</c>: a lifecycle note, e.g. "resolved after 3 quiet buckets".
/// </summary>
public sealed record AlertCardModel(
    string AlertId,
    int Revision,
    string TopicName,
    string Signal,
    string State,
    string Severity,
    DateTimeOffset WindowStart,
    DateTimeOffset WindowEnd,
    double Observed,
    double Expected,
    double Lift,
    double? TailProbability,
    EmotionSplit? Emotion,
    IReadOnlyList<SeriesPoint> Last24h,
    IReadOnlyList<TopPost> TopPosts,
    Uri? AcknowledgeUrl,
    Uri? SnoozeUrl,
    Uri? DashboardUrl,
    string? Note);
