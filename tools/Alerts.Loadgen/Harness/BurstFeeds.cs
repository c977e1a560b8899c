using Alerts.Detection;
using Alerts.Domain.Buckets;
using Alerts.Emotion;
using Alerts.Storage.Buckets;
using Alerts.Storage.Detection;
using Alerts.Storage.Tables;

namespace Alerts.Loadgen.Harness;

/// <summary>
/// Per topic a feed with calm baseline traffic (on average one post per 30 s, decided per 10-second slot by a
/// deterministic hash, so every render and the pre-warm agree) and optional bursts of angry posts (one per second for a
/// minute). <see cref="PrewarmAsync"/> feeds the same baseline for the past day into the topic's detector and stores its
/// state, so the detector is past its one-day warm-up when the app starts (the app builds detectors the same way).
/// </summary>
public sealed class BurstFeeds(string brandPrefix)
{
    public const int BurstLength = 60;
    private const int SlotSeconds = 10;
    private static readonly TimeSpan _window = TimeSpan.FromMinutes(20);

    private static readonly string[] _calm =
    [
        "Heute mit {0} unterwegs, alles wie immer.",
        "{0} hat die Öffnungszeiten für Dezember veröffentlicht.",
        "Neuer Fahrplan bei {0} ab nächster Woche.",
        "{0} published its quarterly report today.",
    ];

    private static readonly string[] _angry =
    [
        "{0} schon wieder 90 Minuten Verspätung, eine Frechheit! #fail",
        "Hotline nicht erreichbar, {0} ist echt eine Zumutung. Nie wieder!",
        "Erstattung seit Wochen nicht bezahlt, {0} ist Abzocke #shitstorm",
        "{0} cancelled my order again and the refund form is broken. Furious.",
    ];

    private readonly Dictionary<int, List<DateTimeOffset>> _bursts = [];

    public string Brand(int topic) => Rss.Brand(brandPrefix, topic);

    public void AddBurst(int topic, DateTimeOffset start)
    {
        if (!_bursts.TryGetValue(topic, out var list)) _bursts[topic] = list = [];
        list.Add(start);
    }

    public byte[] Render(int topic, DateTimeOffset now) => Rss.Render(brandPrefix + topic, Items(topic, now - _window, now).OrderByDescending(i => i.Published));

    /// <summary>Every item of a topic's feed published in [from, to).</summary>
    public IEnumerable<FeedItem> Items(int topic, DateTimeOffset from, DateTimeOffset to)
    {
        var brand = Brand(topic);
        var firstSlot = (from.ToUnixTimeSeconds() + SlotSeconds - 1) / SlotSeconds;
        for (var slot = firstSlot; slot * SlotSeconds < to.ToUnixTimeSeconds(); slot++)
        {
            var h = Mix(((ulong)topic << 40) ^ (ulong)slot);
            if (h % 3 != 0) continue;
            var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, _calm[(int)((h >> 8) % (ulong)_calm.Length)], brand);
            yield return new FeedItem($"{brand}-c{slot}", text, text, $"user{(h >> 16) % 200}@example.org", DateTimeOffset.FromUnixTimeSeconds(slot * SlotSeconds));
        }

        foreach (var start in _bursts.GetValueOrDefault(topic) ?? [])
        {
            for (var k = 0; k < BurstLength; k++)
            {
                var at = start + TimeSpan.FromSeconds(k);
                if (at < from || at >= to) continue;
                var text = string.Format(System.Globalization.CultureInfo.InvariantCulture, _angry[k % _angry.Length], brand);
                yield return new FeedItem($"{brand}-b{start.ToUnixTimeSeconds()}-{k}", text, text, $"angry{k}@example.org", at);
            }
        }
    }

    /// <summary>Feeds one day (plus margin) of closed baseline buckets up to <paramref name="now"/> into a new detector per topic and saves its state.</summary>
    public async Task PrewarmAsync(AlertsTables tables, IEnumerable<(int Topic, string TopicId)> topics, TimeSpan bucketLength, DateTimeOffset now)
    {
        var store = new DetectorStateStore(tables);
        var clock = new BucketClock(bucketLength);
        var settings = new DetectorSettings { Sensitivity = Sensitivity.Medium, BucketLength = bucketLength };
        var last = clock.LastClosed(now);
        var first = clock.StartOf(last - settings.WarmUp - (bucketLength * 12));
        foreach (var (topic, topicId) in topics)
        {
            var detector = new TopicDetector(settings);
            for (var start = first; start <= last; start += bucketLength)
            {
                var aggregate = new BucketAggregate();
                foreach (var item in Items(topic, start, start + bucketLength))
                {
                    var reading = EmotionAnalyzer.Default.Analyze(item.Title + "\n" + item.Text);
                    aggregate.Add(new BucketItem(item.Title, null, "prewarm", item.Author, null, item.Published, reading.Valence), item.Author, reading);
                }

                detector.Observe(new BucketObservation(start, aggregate.Mentions, aggregate.Emotion.Negative, aggregate.Emotion.Positive));
            }

            if (!await store.TryWriteAsync(topicId, detector.SaveState(), default, CancellationToken.None))
            {
                throw new InvalidOperationException($"detector state of {topicId} exists already");
            }
        }
    }

    // SplitMix64: a cheap, well-mixed deterministic hash.
    private static ulong Mix(ulong x)
    {
        x += 0x9E3779B97F4A7C15;
        x = (x ^ (x >> 30)) * 0xBF58476D1CE4E5B9;
        x = (x ^ (x >> 27)) * 0x94D049BB133111EB;
        return x ^ (x >> 31);
    }
}
