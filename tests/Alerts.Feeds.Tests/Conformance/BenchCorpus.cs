using System.Text.Json.Nodes;
using Alerts.Testing;

namespace Alerts.Feeds.Tests.Conformance;

/// <summary>The shared feed corpus; tests skip when <c>../shared/bench-data</c> is not beside the repo.</summary>
public static class BenchCorpus
{
    public static string Folder
    {
        get
        {
            var bench = RepoPaths.BenchData;
            if (bench is null || !Directory.Exists(Path.Combine(bench, "feeds"))) Assert.Skip("bench-data/feeds is not available beside the repo");
            return Path.Combine(bench!, "feeds");
        }
    }

    public static IReadOnlyList<BenchDocument> Documents()
    {
        var folder = Folder;
        var index = JsonNode.Parse(File.ReadAllText(Path.Combine(folder, "index.json")))!.AsObject();
        return index.Select(kv => new BenchDocument(kv.Key, Path.Combine(folder, kv.Key), kv.Value!.AsObject()))
            .Where(d => File.Exists(d.FullPath))
            .OrderBy(d => d.Path, StringComparer.Ordinal)
            .ToList();
    }

    /// <summary>Parses a document the way the fetcher would; a rejection is returned, not thrown.</summary>
    public static (ParsedFeed? Feed, FeedParseException? Error) Parse(BenchDocument doc)
    {
        var bytes = File.ReadAllBytes(doc.FullPath);
        try
        {
            return (FeedParser.Parse(bytes, doc.ContentType, doc.DocumentUrl), null);
        }
        catch (FeedParseException ex)
        {
            return (null, ex);
        }
    }
}
