using System.Globalization;
using System.IO.Hashing;
using System.Security;
using System.ServiceModel.Syndication;
using System.Text;
using System.Xml;
using Alerts.Domain.Buckets;
using Alerts.Domain.Topics;
using Alerts.Emotion;
using Alerts.Feeds;
using Alerts.Storage.Buckets;
using BenchmarkDotNet.Attributes;

namespace Alerts.Benchmarks;

/// <summary>
/// A full scan of a 1 MB RSS document (issue 8): parse it, then per item the work ScanFeed does in
/// <c>FeedScanner.BuildAsync</c> (dedupe hash, emotion, matching against 100 topics, bucketing). Per item, against
/// two baselines over the same bytes: a bare <see cref="XmlReader"/> pass (the floor of any XML parse) and
/// <see cref="SyndicationFeed.Load(XmlReader)"/> (.NET's own feed parser), with allocations per item.
///   dotnet run -c Release --project tests/Alerts.Benchmarks -- --filter '*FullScan*'
/// </summary>
[MemoryDiagnoser]
public class FullScanBenchmarks
{
    /// <summary>Items in the document: each about 1 KB, so the document is about 1 MB.</summary>
    public const int Items = 1_000;

    private static readonly DateTimeOffset _now = new(2026, 11, 23, 12, 0, 0, TimeSpan.Zero);
    private byte[] _document = [];
    private TopicMatcher _matcher = null!;

    [GlobalSetup]
    public void Setup()
    {
        _document = Document(seed: 81);
        _matcher = new TopicMatcher(MatchingBenchmarks.Corpus.Queries(100, seed: 8).Select((q, i) => new TopicDefinition($"t{i}", $"t{i}", TopicQuery.Parse(q), null)));
        Console.WriteLine($"full-scan-document-bytes: {_document.Length}");
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Items, Description = "XmlReader pass (baseline)")]
    public long XmlReaderPass()
    {
        using var reader = XmlReader.Create(new MemoryStream(_document), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        long chars = 0;
        while (reader.Read())
        {
            if (reader.NodeType is XmlNodeType.Text or XmlNodeType.CDATA) chars += reader.Value.Length;
        }

        return chars;
    }

    [Benchmark(OperationsPerInvoke = Items, Description = "SyndicationFeed.Load")]
    public long SyndicationFeedLoad()
    {
        using var reader = XmlReader.Create(new MemoryStream(_document), new XmlReaderSettings { DtdProcessing = DtdProcessing.Ignore });
        var feed = SyndicationFeed.Load(reader);
        long chars = 0;
        foreach (var item in feed.Items) chars += (item.Title?.Text.Length ?? 0) + (item.Summary?.Text.Length ?? 0);
        return chars;
    }

    [Benchmark(OperationsPerInvoke = Items, Description = "FeedParser.Parse")]
    public int Parse() => FeedParser.Parse(_document).Items.Count;

    [Benchmark(OperationsPerInvoke = Items, Description = "full scan: parse + match + bucket")]
    public int FullScan() => Scan(FeedParser.Parse(_document));

    /// <summary>The per-item loop of <c>FeedScanner.BuildAsync</c>, without storage.</summary>
    private int Scan(ParsedFeed feed)
    {
        var clock = new BucketClock(TimeSpan.FromMinutes(5));
        var seen = new HashSet<ulong>();
        var contributions = new Dictionary<(string Topic, DateTimeOffset Start), BucketAggregate>();
        foreach (var item in feed.Items)
        {
            var hash = XxHash64.HashToUInt64(Encoding.UTF8.GetBytes(item.Key));
            if (!seen.Add(hash)) continue;
            var published = item.Published is { } p && p <= _now ? p : _now;
            var text = item.Title + "\n" + item.Text;
            var reading = EmotionAnalyzer.Default.Analyze(text);
            var topics = _matcher.Match(text, item.Language ?? "de", item.AuthorHandle);
            if (topics.Count == 0) continue;
            var bucketItem = new BucketItem(item.Title, item.Link?.ToString(), "bench", item.Author, item.AuthorFollowers, item.Published, reading.Valence);
            foreach (var topic in topics)
            {
                var key = (topic, clock.StartOf(published));
                if (!contributions.TryGetValue(key, out var aggregate)) contributions[key] = aggregate = new BucketAggregate();
                aggregate.Add(bucketItem, item.AuthorHandle ?? item.Author, reading);
            }
        }

        return contributions.Count;
    }

    /// <summary>A deterministic RSS 2.0 document of <see cref="Items"/> items made of the matching corpus's posts.</summary>
    public static byte[] Document(int seed)
    {
        var posts = MatchingBenchmarks.Corpus.Posts(Items * 3, seed);
        var xml = new StringBuilder(1_100_000);
        xml.Append("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>Bench</title><link>https://example.org/</link><description>bench</description><language>de</language>\n");
        for (var i = 0; i < Items; i++)
        {
            var (a, b, c) = (posts[3 * i], posts[(3 * i) + 1], posts[(3 * i) + 2]);
            xml.Append("<item><title>").Append(SecurityElement.Escape(a[..Math.Min(80, a.Length)])).Append("</title>")
               .Append("<link>https://example.org/post/").Append(i).Append("</link>")
               .Append("<guid isPermaLink=\"false\">bench-").Append(i).Append("</guid>")
               .Append("<author>user").Append(i % 97).Append("@example.org</author>")
               .Append("<pubDate>").Append(_now.AddSeconds(-7 * i).ToString("r", CultureInfo.InvariantCulture)).Append("</pubDate>")
               .Append("<description>").Append(SecurityElement.Escape($"<p>{a}</p><p>{b}</p><p>{c[..Math.Min(120, c.Length)]}</p>")).Append("</description></item>\n");
        }

        return Encoding.UTF8.GetBytes(xml.Append("</channel></rss>").ToString());
    }
}
