using Alerts.Domain.Topics;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Serialization;
using Alerts.Feeds;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Cli.Commands;

/// <summary>
/// <c>alerts feed preview --url URL | --file PATH [--kind rss|atom|json|mastodon|bluesky] [--query Q] [--allow-private]</c>:
/// fetches (through the same guarded reader the functions use) or reads one feed and prints one JSON object per
/// item on stdout, then the parser's warnings on stderr. Unparseable input exits 1 with the reason on stderr.
/// </summary>
public sealed partial class FeedPreviewCommand : ICliCommand
{
    private static readonly PreviewJsonContext s_json = new(new JsonSerializerOptions
    {
        // Readable non-ASCII in a terminal; the output is JSON lines, never embedded in HTML.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
        PropertyNamingPolicy = JsonNamingPolicy.CamelCase,
    });

    public IReadOnlyList<string> Verb { get; } = ["feed", "preview"];

    /// <summary>Plural like the server verbs (<c>alerts feeds list</c>).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Aliases { get; } = [["feeds", "preview"]];

    public string Summary => "print a feed's items as JSON lines (--url URL | --file PATH, --kind, --query, --topics FILE, --allow-private)";

    public async Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(stdout);
        ArgumentNullException.ThrowIfNull(stderr);
        var url = args.Get("url");
        var file = args.Get("file");
        var kind = ParseKind(args.Get("kind"));
        var query = args.Get("query");
        var allowPrivate = args.Has("allow-private");
        var topicsFile = args.Get("topics");
        args.RejectUnknown();
        if ((url is null) == (file is null)) throw new CliUsageException("give exactly one of --url URL or --file PATH");
        if (url is not null && !Uri.TryCreate(url, UriKind.Absolute, out _)) throw new CliUsageException($"--url must be an absolute URL, got '{url}'");

        TopicMatcher? matcher = null;
        if (topicsFile is not null)
        {
            try
            {
                matcher = TopicFile.Load(topicsFile);
            }
            catch (Exception ex) when (ex is IOException or UnauthorizedAccessException or InvalidDataException)
            {
                await stderr.WriteLineAsync($"alerts feed preview: --topics {topicsFile}: {ex.Message}");
                return 1;
            }
        }

        ParsedFeed feed;
        try
        {
            feed = file is not null ? ReadFile(file, kind) : await FetchAsync(new Uri(url!), kind, query, allowPrivate, cancellationToken);
        }
        catch (FeedParseException ex)
        {
            await stderr.WriteLineAsync($"alerts feed preview: {file ?? url} is not a usable feed: {ex.Message}");
            return 1;
        }
        catch (FeedFetchException ex)
        {
            await stderr.WriteLineAsync($"alerts feed preview: fetch failed ({ex.Kind}): {ex.Message}");
            return 1;
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            await stderr.WriteLineAsync($"alerts feed preview: cannot read {file}: {ex.Message}");
            return 1;
        }

        foreach (var item in feed.Items)
        {
            await stdout.WriteLineAsync(JsonSerializer.Serialize(PreviewLine.From(item, MatchTopics(item, matcher)), s_json.PreviewLine));
        }

        foreach (var warning in feed.Warnings)
        {
            await stderr.WriteLineAsync($"warning: {warning}");
        }

        return 0;
    }

    /// <summary>
    /// The topics an item matches, exactly as the scan pipeline matches them (title and text, language, author handle);
    /// empty without <c>--topics</c>.
    /// </summary>
    internal static IReadOnlyList<string> MatchTopics(FeedItem item, TopicMatcher? matcher) =>
        matcher?.Match(item.Title + "\n" + item.Text, item.Language, item.AuthorHandle) ?? [];

    private static FeedKind ParseKind(string? value) => value?.ToLowerInvariant() switch
    {
        null or "auto" => FeedKind.Auto,
        "rss" => FeedKind.Rss,
        "atom" => FeedKind.Atom,
        "json" or "jsonfeed" => FeedKind.JsonFeed,
        "mastodon" => FeedKind.Mastodon,
        "bluesky" => FeedKind.Bluesky,
        _ => throw new CliUsageException($"--kind must be rss, atom, json, mastodon or bluesky, got '{value}'"),
    };

    private static ParsedFeed ReadFile(string path, FeedKind kind)
    {
        var bytes = File.ReadAllBytes(path);
        return kind switch
        {
            FeedKind.Mastodon => MastodonParser.Parse(bytes, null),
            FeedKind.Bluesky => BlueskyParser.Parse(bytes),
            _ => FeedParser.Parse(bytes),
        };
    }

    private static async Task<ParsedFeed> FetchAsync(Uri url, FeedKind kind, string? query, bool allowPrivate, CancellationToken ct)
    {
        if (kind == FeedKind.Bluesky && string.IsNullOrWhiteSpace(query)) throw new CliUsageException("--kind bluesky needs --query");
        var config = new ConfigurationBuilder()
            .AddInMemoryCollection([new($"{FeedFetchOptions.SectionName}:{nameof(FeedFetchOptions.AllowPrivateAddresses)}", allowPrivate ? "true" : "false")])
            .Build();
        await using var services = new ServiceCollection().AddLogging().AddAlertsFeeds(config).BuildServiceProvider();
        var result = await services.GetRequiredService<FeedReader>().FetchAsync(new FeedSource("preview", kind, url, query), null, ct);
        return result.Feed!;
    }

    /// <summary>One output line; property names are the CLI's contract (camelCase).</summary>
    internal sealed record PreviewLine(string? Id, string Title, string? Link, DateTimeOffset? Published, string? Author, string Text, string? Language, IReadOnlyList<string> MatchedTopics)
    {
        public static PreviewLine From(FeedItem item, IReadOnlyList<string> matchedTopics) =>
            new(item.Id ?? item.Key, item.Title, item.Link?.AbsoluteUri, item.Published, item.Author, item.Text, item.Language, matchedTopics);
    }

    [JsonSerializable(typeof(PreviewLine))]
    internal sealed partial class PreviewJsonContext : JsonSerializerContext;
}
