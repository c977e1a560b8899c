using System.Text.Json;
using static Alerts.Feeds.JsonValues;

namespace Alerts.Feeds;

/// <summary>
/// Mastodon statuses (https://docs.joinmastodon.org/entities/Status/): an array from
/// <c>GET /api/v1/timelines/tag/:hashtag</c>, or the <c>statuses</c> of <c>GET /api/v2/search</c>.
/// The key is the status <c>uri</c> (global across instances; <c>id</c> is only unique per instance),
/// reach is <c>account.followers_count</c>, a boost is read as the boosted status.
/// </summary>
public static class MastodonParser
{
    public static ParsedFeed Parse(ReadOnlySpan<byte> json, Uri? instance)
    {
        var b = new FeedDocumentBuilder(instance);
        using var doc = JsonValues.Parse(json.ToArray(), "the Mastodon response");
        var statuses = doc.RootElement.ValueKind switch
        {
            JsonValueKind.Array => doc.RootElement.EnumerateArray(),
            JsonValueKind.Object when doc.RootElement.TryGetProperty("statuses", out var s) && s.ValueKind == JsonValueKind.Array => s.EnumerateArray(),
            JsonValueKind.Object when String(doc.RootElement, "error") is { } error => throw new FeedParseException($"Mastodon answered with an error: {error}"),
            _ => throw new FeedParseException("a Mastodon response must be an array of statuses or a search result with 'statuses'"),
        };
        foreach (var status in statuses)
        {
            if (status.ValueKind != JsonValueKind.Object)
            {
                b.Warnings.Add($"a status is a JSON {status.ValueKind}, not an object; skipped");
                continue;
            }

            b.Add(Status(Object(status, "reblog") ?? status, instance, b));
        }

        return b.Build("mastodon", null);
    }

    private static FeedItem Status(JsonElement status, Uri? instance, FeedDocumentBuilder b)
    {
        var w = b.Warnings;
        var account = Object(status, "account") ?? default;
        var spoiler = HtmlText.CollapseWhitespace(String(status, "spoiler_text", w));
        var content = HtmlText.ToPlainText(String(status, "content", w));
        var text = spoiler.Length > 0 ? $"{spoiler} — {content}" : content;
        var id = String(status, "uri", w) ?? String(status, "id", w, coerceNumber: true);
        var link = SafeLinks.Resolve(String(status, "url", w) ?? String(status, "uri", w), instance, w);
        var acct = String(account, "acct", w);
        var handle = acct is null || acct.Contains('@', StringComparison.Ordinal) || instance is null ? acct : $"{acct}@{instance.Host}";
        var displayName = HtmlText.CollapseWhitespace(String(account, "display_name", w));
        return new FeedItem(
            ItemKeys.For(id, link, string.Empty, text),
            id,
            SocialText.TitleFrom(text),
            link,
            b.Date(String(status, "created_at", w), "created_at"),
            displayName.Length > 0 ? displayName : String(account, "username", w),
            text,
            String(status, "language", w),
            Int64(account, "followers_count"),
            handle)
        {
            Updated = b.Date(String(status, "edited_at", w), "edited_at"),
            Categories = Array(status, "tags").Select(t => String(t, "name")).OfType<string>().ToList(),
        };
    }
}
