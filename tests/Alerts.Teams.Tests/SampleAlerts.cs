namespace Alerts.Teams.Tests;

internal static class SampleAlerts
{
    public static readonly DateTimeOffset WindowEnd = new(2026, 11, 23, 13, 15, 0, TimeSpan.Zero);

    public static AlertCardModel Shitstorm(int posts = 3, string? postTitle = null, string topic = "Marke Müller & Söhne") => new(
        AlertId: "al-2026-11-23-0042",
        Revision: 2,
        TopicName: topic,
        Signal: "negative",
        State: "firing",
        Severity: "high",
        WindowStart: WindowEnd.AddMinutes(-15),
        WindowEnd: WindowEnd,
        Observed: 57,
        Expected: 12,
        Lift: 4.75,
        TailProbability: 0.00012,
        Emotion: new EmotionSplit(34, 18, 5, -0.42),
        Last24h: Series(96),
        TopPosts: Enumerable.Range(1, posts).Select(i => new TopPost(
            postTitle ?? $"Kunden beschweren sich über Lieferung {i}",
            new Uri($"https://news.example.de/artikel/{i}?ref=feed&x=(1)"),
            "news.example.de",
            "Redaktion",
            1000L * i)).ToList(),
        AcknowledgeUrl: new Uri("https://alerts.example.de/ack/al-2026-11-23-0042?a=ack&t=abc"),
        SnoozeUrl: new Uri("https://alerts.example.de/ack/al-2026-11-23-0042?a=snooze&t=def"),
        DashboardUrl: new Uri("https://alerts.example.de/dashboard/al-2026-11-23-0042"),
        Note: "escalated: unacknowledged for 30 min");

    public static IReadOnlyList<SeriesPoint> Series(int buckets)
    {
        var step = TimeSpan.FromHours(24) / buckets;
        return Enumerable.Range(0, buckets)
            .Select(i => new SeriesPoint(WindowEnd - step * (buckets - i), i == buckets - 1 ? 57 : 10 + i % 5, 12, i == buckets - 1))
            .ToList();
    }
}
