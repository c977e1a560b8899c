using System.Text.Json;
using Alerts.Testing;

namespace Alerts.Infra.Tests;

/// <summary>One <c>&lt;FunctionName&gt;/function.json</c> of the Functions app root, parsed.</summary>
public sealed record FunctionDefinition(string Name, IReadOnlyList<JsonElement> Bindings)
{
    public static string AppRoot { get; } = Path.Combine(RepoPaths.Root, "functions", "Alerts.Functions");

    /// <summary>Every folder of the app root that holds a function.json (bin and obj never do).</summary>
    public static IReadOnlyList<FunctionDefinition> LoadAll() =>
        Directory.GetDirectories(AppRoot)
            .Where(dir => File.Exists(Path.Combine(dir, "function.json")))
            .Select(dir => Load(Path.GetFileName(dir)))
            .OrderBy(f => f.Name, StringComparer.Ordinal)
            .ToList();

    public static FunctionDefinition Load(string name)
    {
        var path = Path.Combine(AppRoot, name, "function.json");
        using var document = JsonDocument.Parse(File.ReadAllText(path));
        Assert.True(
            document.RootElement.TryGetProperty("bindings", out var bindings) && bindings.ValueKind == JsonValueKind.Array,
            $"{path} has no 'bindings' array");
        return new FunctionDefinition(name, bindings.EnumerateArray().Select(b => b.Clone()).ToList());
    }

    public IEnumerable<JsonElement> Triggers =>
        Bindings.Where(b => Type(b).EndsWith("Trigger", StringComparison.OrdinalIgnoreCase));

    public IEnumerable<JsonElement> OfType(string type) =>
        Bindings.Where(b => string.Equals(Type(b), type, StringComparison.OrdinalIgnoreCase));

    public static string Type(JsonElement binding) => Text(binding, "type") ?? "";

    public static string? Text(JsonElement binding, string property) =>
        binding.TryGetProperty(property, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
