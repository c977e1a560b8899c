using System.Text.Json;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;

namespace Alerts.Cli.Tests;

public sealed class FeedPreviewCommandTests : IDisposable
{
    private const string Rss = """
        <?xml version="1.0"?>
        <rss version="2.0"><channel><title>News</title>
        <item><title>First &amp; best</title><link>https://news.example.org/1</link><guid>urn:1</guid>
        <description>&lt;p&gt;Hello &lt;b&gt;world&lt;/b&gt;&lt;/p&gt;</description><pubDate>Mon, 02 Jun 2025 08:00:00 GMT</pubDate></item>
        <item><title>Bad date</title><guid>urn:2</guid><pubDate>someday</pubDate><link>javascript:alert(1)</link></item>
        </channel></rss>
        """;

    private readonly string _dir = Directory.CreateTempSubdirectory("feed-preview-").FullName;

    public void Dispose() => Directory.Delete(_dir, recursive: true);

    [Fact]
    public async Task With_a_topics_file_each_item_lists_the_topics_it_matches()
    {
        var feed = Write("feed.xml", Rss);
        var topics = Write("topics.json", """{"topics": [{"id": "best", "query": "best"}, {"id": "hello", "query": "\"hello world\""}, {"id": "none", "query": "nothing"}]}""");

        var (exit, stdout, _) = await Run("feed", "preview", "--file", feed, "--topics", topics);

        Assert.Equal(0, exit);
        using var first = JsonDocument.Parse(stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries)[0]);
        Assert.Equal(["best", "hello"], first.RootElement.GetProperty("matchedTopics").EnumerateArray().Select(e => e.GetString()!).Order());
    }

    [Fact]
    public async Task A_topics_file_with_a_bad_query_fails_naming_the_topic_and_position()
    {
        var feed = Write("feed.xml", Rss);
        var topics = Write("topics.json", """{"topics": [{"id": "x", "query": "(bahn"}]}""");

        var (exit, _, stderr) = await Run("feed", "preview", "--file", feed, "--topics", topics);

        Assert.Equal(1, exit);
        Assert.Contains("topics[0].query", stderr, StringComparison.Ordinal);
        Assert.Contains("position", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_feed_file_prints_one_json_line_per_item_and_warnings_on_stderr()
    {
        // Arrange
        var path = Write("feed.xml", Rss);

        // Act
        var (exit, stdout, stderr) = await Run("feed", "preview", "--file", path);

        // Assert
        Assert.Equal(0, exit);
        var lines = stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(2, lines.Length);
        using var first = JsonDocument.Parse(lines[0]);
        var root = first.RootElement;
        Assert.Equal("urn:1", root.GetProperty("id").GetString());
        Assert.Equal("First & best", root.GetProperty("title").GetString());
        Assert.Equal("https://news.example.org/1", root.GetProperty("link").GetString());
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.Zero), root.GetProperty("published").GetDateTimeOffset());
        Assert.Equal("Hello world", root.GetProperty("text").GetString());
        Assert.Equal(JsonValueKind.Array, root.GetProperty("matchedTopics").ValueKind);
        Assert.Equal(0, root.GetProperty("matchedTopics").GetArrayLength());
        Assert.Contains("warning: unparseable item date 'someday'", stderr, StringComparison.Ordinal);
        Assert.Contains("javascript:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unparseable_file_exits_1_with_the_reason()
    {
        // Arrange
        var path = Write("page.html", "<!DOCTYPE html><html><head></head><body>hi</body></html>");

        // Act
        var (exit, stdout, stderr) = await Run("feed", "preview", "--file", path);

        // Assert
        Assert.Equal(1, exit);
        Assert.Empty(stdout);
        Assert.Contains("this is an HTML page, not a feed", stderr, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("feed", "preview")]
    [InlineData("feed", "preview", "--file", "a.xml", "--url", "https://example.org/feed")]
    [InlineData("feed", "preview", "--file", "a.xml", "--kind", "gopher")]
    [InlineData("feed", "preview", "--file", "a.xml", "--colour", "red")]
    public async Task Usage_errors_exit_2(params string[] args)
    {
        // Act
        var (exit, _, stderr) = await Run(args);

        // Assert
        Assert.Equal(2, exit);
        Assert.StartsWith("alerts feed preview:", stderr, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_url_is_fetched_only_when_private_addresses_are_allowed()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync(Rss, ctx.RequestAborted), ct);
        var url = server.Url("feed.xml").AbsoluteUri;

        // Act
        var refused = await Run("feed", "preview", "--url", url);
        var allowed = await Run("feed", "preview", "--url", url, "--allow-private");

        // Assert
        Assert.Equal(1, refused.Exit);
        Assert.Contains("ForbiddenAddress", refused.Stderr, StringComparison.Ordinal);
        Assert.Equal(0, allowed.Exit);
        Assert.Equal(2, allowed.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length);
    }

    [Fact]
    public async Task A_mastodon_api_file_is_read_with_kind_mastodon()
    {
        // Arrange
        var path = Write("statuses.json", """
            [{"id":"1","uri":"https://m.example/s/1","url":"https://m.example/@a/1","created_at":"2025-06-01T12:00:00Z","language":"en",
              "content":"<p>Hi <a href=\"https://m.example/tags/x\">#<span>x</span></a></p>","account":{"acct":"a@m.example","display_name":"A","followers_count":9}}]
            """);

        // Act
        var (exit, stdout, _) = await Run("feed", "preview", "--file", path, "--kind", "mastodon");

        // Assert
        Assert.Equal(0, exit);
        using var line = JsonDocument.Parse(stdout.Trim());
        Assert.Equal("Hi #x", line.RootElement.GetProperty("text").GetString());
        Assert.Equal("en", line.RootElement.GetProperty("language").GetString());
    }

    private string Write(string name, string content)
    {
        var path = Path.Combine(_dir, name);
        File.WriteAllText(path, content);
        return path;
    }

    private static async Task<(int Exit, string Stdout, string Stderr)> Run(params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, TestContext.Current.CancellationToken);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
