using System.Text.Json;

namespace Alerts.Feeds;

/// <summary>Tolerant reads from a <see cref="JsonElement"/>: a member of the wrong type is reported and treated as absent.</summary>
internal static class JsonValues
{
    public static string? String(JsonElement obj, string name, ICollection<string>? warnings = null, bool coerceNumber = false)
    {
        if (obj.ValueKind != JsonValueKind.Object || !obj.TryGetProperty(name, out var v)) return null;
        switch (v.ValueKind)
        {
            case JsonValueKind.String:
                return v.GetString();
            case JsonValueKind.Null:
                return null;
            case JsonValueKind.Number when coerceNumber:
                return v.GetRawText();
            default:
                warnings?.Add($"'{name}' should be a string but is {v.ValueKind}; ignored");
                return null;
        }
    }

    public static long? Int64(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n : null;

    public static JsonElement? Object(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Object ? v : null;

    public static IEnumerable<JsonElement> Array(JsonElement obj, string name) =>
        obj.ValueKind == JsonValueKind.Object && obj.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.Array ? v.EnumerateArray() : [];

    /// <summary>Parses JSON with limits; syntax errors become a <see cref="FeedParseException"/> with line and byte position.</summary>
    public static JsonDocument Parse(ReadOnlyMemory<byte> utf8, string what)
    {
        try
        {
            return JsonDocument.Parse(utf8, new JsonDocumentOptions { MaxDepth = 64, CommentHandling = JsonCommentHandling.Skip, AllowTrailingCommas = true });
        }
        catch (JsonException ex)
        {
            // System.Text.Json appends its 0-based "LineNumber: … | BytePositionInLine: …"; report 1-based numbers once instead.
            var reason = ex.Message.Split(" LineNumber:", 2)[0];
            throw new FeedParseException($"{what} is not valid JSON: {reason}", (int?)ex.LineNumber + 1, (int?)ex.BytePositionInLine + 1, ex);
        }
    }
}
