using System.Text.Json;
using System.Text.Json.Nodes;

namespace Alerts.Standalone.Metadata;

/// <summary>
/// Reads every <c>{appRoot}/{Name}/function.json</c>, as the host does (platform-facts A1), and fails with the
/// file's path when one is broken: a typo in a binding must stop start-up, not silently drop a trigger.
/// </summary>
public static class FunctionMetadataLoader
{
    public static IReadOnlyList<FunctionMetadata> Load(string appRoot)
    {
        if (!File.Exists(Path.Combine(appRoot, "host.json")))
        {
            throw new InvalidOperationException($"'{appRoot}' is not a Functions app root: host.json is missing.");
        }

        var functions = new List<FunctionMetadata>();
        foreach (var dir in Directory.EnumerateDirectories(appRoot).Order(StringComparer.Ordinal))
        {
            var file = Path.Combine(dir, "function.json");
            if (File.Exists(file))
            {
                functions.Add(Parse(Path.GetFileName(dir), File.ReadAllText(file), file));
            }
        }

        return functions;
    }

    public static FunctionMetadata Parse(string name, string json, string source)
    {
        JsonObject root;
        try
        {
            root = JsonNode.Parse(json)?.AsObject() ?? throw new InvalidOperationException($"{source}: empty document");
        }
        catch (JsonException ex)
        {
            throw new InvalidOperationException($"{source}: not valid JSON ({ex.Message})", ex);
        }

        var bindings = (root["bindings"] as JsonArray ?? throw new InvalidOperationException($"{source}: 'bindings' array is missing"))
            .Select((b, i) => ToBinding(b as JsonObject ?? throw new InvalidOperationException($"{source}: bindings[{i}] is not an object"), source, i))
            .ToList();
        var triggers = bindings.Where(b => b.IsTrigger).ToList();
        if (triggers.Count != 1)
        {
            throw new InvalidOperationException($"{source}: a function needs exactly one trigger binding, found {triggers.Count}");
        }

        var outputs = bindings.Where(b => b.Direction.Equals("out", StringComparison.OrdinalIgnoreCase)).ToList();
        return new FunctionMetadata(name, triggers[0], outputs);
    }

    private static BindingMetadata ToBinding(JsonObject b, string source, int index)
    {
        string Required(string property) =>
            b[property]?.GetValue<string>() is { Length: > 0 } v ? v : throw new InvalidOperationException($"{source}: bindings[{index}].{property} is missing");

        return new BindingMetadata(Required("name"), Required("type"), Required("direction"), b);
    }
}
