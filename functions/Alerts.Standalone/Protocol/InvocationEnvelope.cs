using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alerts.Standalone.Protocol;

/// <summary>
/// Builds request bodies exactly as the Functions host sends them to a custom handler
/// (platform-facts A2): strings and numbers arrive JSON-serialized a second time, dates as ISO strings,
/// <c>Metadata.sys</c> always present.
/// </summary>
public static class InvocationEnvelope
{
    /// <summary>A queue-trigger request: the message text double-encoded under the trigger's binding name.</summary>
    public static JsonObject ForQueue(string functionName, string bindingName, QueueMessageInfo message, DateTimeOffset utcNow) => new()
    {
        ["Data"] = new JsonObject { [bindingName] = HostEncode(message.Text) },
        ["Metadata"] = new JsonObject
        {
            ["DequeueCount"] = HostEncode(message.DequeueCount),
            ["ExpirationTime"] = Iso(message.ExpiresOn),
            ["Id"] = HostEncode(message.MessageId),
            ["InsertionTime"] = Iso(message.InsertedOn),
            ["NextVisibleTime"] = Iso(message.NextVisibleOn),
            ["PopReceipt"] = HostEncode(message.PopReceipt),
            ["sys"] = Sys(functionName, utcNow),
        },
    };

    /// <summary>A timer-trigger request: the TimerInfo object (schedule status only when monitored).</summary>
    public static JsonObject ForTimer(string functionName, string bindingName, TimerInvocation timer, DateTimeOffset utcNow)
    {
        JsonNode? status = timer.Status is { } s
            ? new JsonObject { ["Last"] = Iso(s.Last), ["Next"] = Iso(s.Next), ["LastUpdated"] = Iso(s.LastUpdated) }
            : null;
        return new JsonObject
        {
            ["Data"] = new JsonObject
            {
                [bindingName] = new JsonObject
                {
                    ["Schedule"] = new JsonObject { ["AdjustForDST"] = true },
                    ["ScheduleStatus"] = status,
                    ["IsPastDue"] = timer.IsPastDue,
                },
            },
            ["Metadata"] = new JsonObject { ["sys"] = Sys(functionName, utcNow) },
        };
    }

    /// <summary>The host's <c>JsonConvert.SerializeObject(value)</c> for a non-object value: a string becomes <c>"\"text\""</c>.</summary>
    public static string HostEncode(string value) => JsonSerializer.Serialize(value, NewtonsoftLike);

    // Newtonsoft writes \" and leaves non-ASCII as is; System.Text.Json's default would write \u0022 and \u00FC.
    private static readonly JsonSerializerOptions NewtonsoftLike = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static string HostEncode(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static JsonObject Sys(string functionName, DateTimeOffset utcNow) => new()
    {
        ["MethodName"] = functionName,
        ["UtcNow"] = Iso(utcNow),
        ["RandGuid"] = Guid.NewGuid().ToString(),
    };

    private static string? Iso(DateTimeOffset? value) => value?.ToString("O", CultureInfo.InvariantCulture);
}
