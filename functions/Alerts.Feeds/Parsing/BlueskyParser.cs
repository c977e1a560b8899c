using System.Text.Json;
using static Alerts.Feeds.JsonValues;

namespace Alerts.Feeds;

/// <summary>
/// Bluesky <c>app.bsky.feed.searchPosts</c> output (https://docs.bsky.app/docs/api/app-bsky-feed-search-posts):
/// <c>posts[]</c> of PostView with <c>uri</c> (at://did/app.bsky.feed.post/rkey), <c>author.handle</c> and the
/// <c>record</c> (text, createdAt, langs). The web link is https://bsky.app/profile/{handle}/post/{rkey}.
/// Search results carry no follower count, so reach is null.
/// </summary>
public static class BlueskyParser
{
    public static ParsedFeed Parse(ReadOnlySpan<byte> json)
    {
        var b = new FeedDocumentBuilder(null);
        using var doc = JsonValues.Parse(json.ToArray(), "the Bluesky response");
        var root = doc.RootElement;
        if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("posts", out var posts) || posts.ValueKind != JsonValueKind.Array)
        {
            var error = String(root, "message") ?? String(root, "error");
            throw new FeedParseException(error is null ? "a Bluesky searchPosts response must be an object with a 'posts' array" : $"Bluesky answered with an error: {error}");
        }

        foreach (var post in posts.EnumerateArray())
        {
            if (post.ValueKind == JsonValueKind.Object)
            {
                b.Add(Post(post, b));
            }
            else
            {
                b.Warnings.Add($"a post is a JSON {post.ValueKind}, not an object; skipped");
            }
        }

        return b.Build("bluesky", null);
    }

    private static FeedItem Post(JsonElement post, FeedDocumentBuilder b)
    {
        var w = b.Warnings;
        var author = Object(post, "author") ?? default;
        var record = Object(post, "record") ?? default;
        var uri = String(post, "uri", w);
        var handle = String(author, "handle", w);
        var text = HtmlText.CollapseWhitespace(String(record, "text", w));
        var displayName = HtmlText.CollapseWhitespace(String(author, "displayName", w));
        return new FeedItem(
            ItemKeys.For(uri, null, string.Empty, text),
            uri,
            SocialText.TitleFrom(text),
            WebLink(uri, handle is null or "handle.invalid" ? String(author, "did") : handle),
            b.Date(String(record, "createdAt", w) ?? String(post, "indexedAt", w), "createdAt"),
            displayName.Length > 0 ? displayName : handle,
            text,
            Array(record, "langs").Where(l => l.ValueKind == JsonValueKind.String).Select(l => l.GetString()).FirstOrDefault(),
            null,
            handle);
    }

    private static Uri? WebLink(string? atUri, string? profile)
    {
        if (atUri is null || profile is null || !atUri.StartsWith("at://", StringComparison.Ordinal)) return null;
        var rkey = atUri[(atUri.LastIndexOf('/') + 1)..];
        return Uri.TryCreate($"https://bsky.app/profile/{Uri.EscapeDataString(profile)}/post/{Uri.EscapeDataString(rkey)}", UriKind.Absolute, out var link) ? link : null;
    }
}
