using System.Text.Json.Nodes;
using Alerts.Testing;
using NJsonSchema;

namespace Alerts.Teams.Tests;

/// <summary>
/// Validates card JSON the way shared/schemas/README.md prescribes: Teams extensions out (<c>msteams</c> removed,
/// charts replaced by their fallback), then the Adaptive Card 1.5 schema, then the checks the schema cannot make
/// (action allow-list, absolute http/https URLs, version 1.5).
/// </summary>
internal static class CardSchema
{
    private static readonly Lazy<Task<JsonSchema>> Schema = new(() => JsonSchema.FromFileAsync(LocalCopyPath));

    public static string LocalCopyPath => Path.Combine(AppContext.BaseDirectory, "Schemas", "adaptive-card-1.5.json");

    public static string SharedPath => Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "schemas", "adaptive-card-1.5.json"));

    private static readonly HashSet<string> AllowedActions = ["Action.OpenUrl", "Action.ShowCard", "Action.ToggleVisibility"];

    /// <summary>Returns every problem found; empty means the card is fine for a Workflows webhook.</summary>
    public static async Task<IReadOnlyList<string>> ProblemsAsync(JsonObject card)
    {
        var problems = new List<string>();
        if (card["version"]?.GetValue<string>() != "1.5")
        {
            problems.Add("version is not 1.5");
        }

        if (card["msteams"] is JsonObject msteams && msteams["width"]?.GetValue<string>() != "Full")
        {
            problems.Add("msteams.width is not Full");
        }

        var copy = (JsonObject)card.DeepClone();
        copy.Remove("msteams");
        ReplaceCharts(copy, problems);
        CheckActionsAndUrls(copy, "$", problems);

        var schema = await Schema.Value;
        problems.AddRange(schema.Validate(copy.ToJsonString()).Select(e => $"schema: {e.Kind} at {e.Path}"));
        return problems;
    }

    /// <summary>Replaces every <c>Chart.*</c> element by its fallback (or drops it for "drop"); a chart without a fallback is a problem.</summary>
    private static void ReplaceCharts(JsonNode? node, List<string> problems)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = array.Count - 1; i >= 0; i--)
                {
                    if (array[i] is JsonObject { } o && o["type"]?.GetValue<string>() is { } type && type.StartsWith("Chart.", StringComparison.Ordinal))
                    {
                        var fallback = o["fallback"];
                        if (fallback is JsonObject replacement)
                        {
                            array[i] = replacement.DeepClone();
                        }
                        else if (fallback?.GetValue<string>() == "drop")
                        {
                            array.RemoveAt(i);
                            continue;
                        }
                        else
                        {
                            problems.Add($"{type} without fallback");
                            array.RemoveAt(i);
                            continue;
                        }
                    }

                    ReplaceCharts(array[i], problems);
                }

                break;
            case JsonObject obj:
                foreach (var (_, child) in obj.ToList())
                {
                    ReplaceCharts(child, problems);
                }

                break;
        }
    }

    private static void CheckActionsAndUrls(JsonNode? node, string path, List<string> problems)
    {
        switch (node)
        {
            case JsonArray array:
                for (var i = 0; i < array.Count; i++)
                {
                    CheckActionsAndUrls(array[i], $"{path}[{i}]", problems);
                }

                break;
            case JsonObject obj:
                if (obj["type"]?.GetValue<string>() is { } type && type.StartsWith("Action.", StringComparison.Ordinal) && !AllowedActions.Contains(type))
                {
                    problems.Add($"{path}: action {type} does nothing in a webhook-posted card");
                }

                foreach (var (name, child) in obj.ToList())
                {
                    if (name is "url" or "iconUrl" && child is JsonValue v && v.TryGetValue<string>(out var url) && !IsAbsoluteHttp(url))
                    {
                        problems.Add($"{path}.{name}: '{url}' is not an absolute http(s) URL");
                    }

                    CheckActionsAndUrls(child, $"{path}.{name}", problems);
                }

                break;
        }
    }

    private static bool IsAbsoluteHttp(string url) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttps || uri.Scheme == Uri.UriSchemeHttp);
}
