using System.Text.Json.Nodes;

namespace Alerts.Standalone.Metadata;

/// <summary>One entry of a <c>function.json</c> <c>bindings</c> array; <see cref="Raw"/> keeps every property.</summary>
public sealed record BindingMetadata(string Name, string Type, string Direction, JsonObject Raw)
{
    public bool IsTrigger => Type.EndsWith("Trigger", StringComparison.OrdinalIgnoreCase);

    public string? Get(string property) => Raw[property]?.GetValue<string>();
}
