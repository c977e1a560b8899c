using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alerts.Teams.Tests;

internal static class Json
{
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>The node as JSON text with non-ASCII and HTML characters unescaped, so assertions can look for "ü" and "&amp;".</summary>
    public static string Text(JsonNode node) => node.ToJsonString(Readable);
}
