using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alerts.Functions.Protocol;

/// <summary>
/// The host's request body <c>{"Data": {...}, "Metadata": {...}}</c>, read leniently (platform-facts A2):
/// strings may arrive double-encoded, numbers as strings or numbers; unknown members are ignored.
/// </summary>
public sealed class InvocationRequest
{
    private readonly JsonObject _data;
    private readonly JsonObject _metadata;

    private InvocationRequest(string functionName, JsonObject data, JsonObject metadata)
    {
        FunctionName = functionName;
        _data = data;
        _metadata = metadata;
    }

    public string FunctionName { get; }

    /// <summary>Parses a body; a body that is not a JSON object is a <see cref="InvalidInvocationException"/>.</summary>
    public static InvocationRequest Parse(string functionName, JsonNode? body)
    {
        if (body is not JsonObject root)
        {
            throw new InvalidInvocationException("the invocation body must be a JSON object with 'Data' and 'Metadata'");
        }

        return new InvocationRequest(functionName, Member(root, "Data") as JsonObject ?? [], Member(root, "Metadata") as JsonObject ?? []);
    }

    /// <summary>The text of a string binding (a queue message), unwrapping the host's extra JSON-string layer.</summary>
    public string GetString(string bindingName)
    {
        var node = Member(_data, bindingName) ?? throw new InvalidInvocationException($"the request has no Data.{bindingName}");
        return Unwrap(node);
    }

    /// <summary>The timer trigger's IsPastDue flag (false when absent).</summary>
    public bool IsPastDue(string bindingName) =>
        Member(_data, bindingName) is JsonObject timer && Member(timer, "IsPastDue") is { } v
        && (v.GetValueKind() == JsonValueKind.True || (v.GetValueKind() == JsonValueKind.String && bool.TryParse(Unwrap(v), out var b) && b));

    public string? GetMetadataString(string name) => Member(_metadata, name) is { } v ? Unwrap(v) : null;

    /// <summary>Queue DequeueCount: a string in host captures, a number in the docs; both accepted.</summary>
    public long DequeueCount =>
        long.TryParse(GetMetadataString("DequeueCount"), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) ? n : 1;

    public string? InvocationUtcNow => Member(_metadata, "sys") is JsonObject sys ? sys["UtcNow"]?.ToString() : null;

    private static string Unwrap(JsonNode node)
    {
        if (node.GetValueKind() != JsonValueKind.String)
        {
            return node.ToJsonString();
        }

        var text = node.GetValue<string>();
        if (text.Length >= 2 && text[0] == '"')
        {
            try
            {
                return JsonSerializer.Deserialize<string>(text) ?? text;
            }
            catch (JsonException)
            {
                // Starts with a quote but is not a JSON string: it is the text itself.
            }
        }

        return text;
    }

    /// <summary>Member lookup ignoring case: the host's Newtonsoft writer and older docs differ in casing.</summary>
    private static JsonNode? Member(JsonObject obj, string name)
    {
        if (obj.TryGetPropertyValue(name, out var exact)) return exact;
        return obj.FirstOrDefault(p => string.Equals(p.Key, name, StringComparison.OrdinalIgnoreCase)).Value;
    }
}
