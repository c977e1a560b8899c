using System.Text.Json.Nodes;
using Alerts.Cli.Remote;

namespace Alerts.Cli.Commands.Config;

/// <summary>
/// What differs between topics and feeds for the list/show/add/update/delete verbs (<see cref="ConfigCommand"/>):
/// the route, the options that set members, the read-only members of a view, and the human output.
/// </summary>
public sealed class ConfigKind
{
    /// <summary>"topic" or "feed", for messages.</summary>
    public required string Name { get; init; }

    /// <summary>The collection route relative to the app's base, e.g. <c>api/topics</c>.</summary>
    public required string Path { get; init; }

    /// <summary>Members of a view the app refuses in a body (<c>etag</c>, a feed's <c>health</c>).</summary>
    public required IReadOnlyList<string> ReadOnlyMembers { get; init; }

    /// <summary>Reads this kind's options into body members; an option not given sets nothing.</summary>
    public required Action<CliArguments, JsonObject> ReadOptions { get; init; }

    /// <summary>The options, for messages: "--id, --name, …".</summary>
    public required string OptionsHelp { get; init; }

    public required Func<ApiResponse, string> ListText { get; init; }

    public required Func<ApiResponse, string> ShowText { get; init; }

    /// <summary>Feeds: the app fetches the URL once on a write unless <c>--no-probe</c>.</summary>
    public bool Probes { get; init; }

    /// <summary>
    /// Takes the read-only members out of a body and returns the ETag among them. Case-insensitive: the contract
    /// spells it <c>etag</c>, and ASP.NET's camel-casing of a property named <c>ETag</c> gives <c>eTag</c>.
    /// </summary>
    public string? RemoveReadOnly(JsonObject body)
    {
        ArgumentNullException.ThrowIfNull(body);
        string? etag = null;
        foreach (var name in body.Select(m => m.Key).Where(k => ReadOnlyMembers.Contains(k, StringComparer.OrdinalIgnoreCase)).ToList())
        {
            if (string.Equals(name, "etag", StringComparison.OrdinalIgnoreCase) && body[name] is JsonValue value && value.TryGetValue<string>(out var tag)) etag = tag;
            body.Remove(name);
        }

        return etag;
    }

    public string ItemPath(string id) => $"{Path}/{AlertsApiClient.Segment(id)}";
}
