using System.Text.Json.Nodes;

namespace Alerts.Feeds.Tests.Conformance;

/// <summary>One corpus document with its index.json entry (bench-data/feeds/README.md, "index.json").</summary>
public sealed record BenchDocument(string Path, string FullPath, JsonObject Entry)
{
    public string Category => (string?)Entry["category"] ?? string.Empty;

    public JsonArray? Assertions => Entry["assertions"] as JsonArray;

    /// <summary>The Content-Type the HTTP cases are served with (text/xml when the header is absent).</summary>
    public string? ContentType => Entry["requires_http"]?.GetValue<bool>() == true
        ? Header("Content-type") ?? "text/xml"
        : null;

    /// <summary>The document URL, moved by a Content-Location header the way the fetcher does (RFC 9110 §8.7).</summary>
    public Uri? DocumentUrl
    {
        get
        {
            if ((string?)Entry["document_url"] is not { } url) return null;
            var doc = new Uri(url);
            return Header("Content-Location") is { } location && Uri.TryCreate(doc, location, out var moved) && SafeLinks.IsHttp(moved) ? moved : doc;
        }
    }

    private string? Header(string name) =>
        (Entry["http_headers"] as JsonObject)?.FirstOrDefault(h => h.Key.Equals(name, StringComparison.OrdinalIgnoreCase)).Value?.ToString();
}
