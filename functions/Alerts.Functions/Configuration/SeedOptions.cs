namespace Alerts.Functions.Configuration;

/// <summary>Section <c>Alerts</c>: an optional seed file of channels, topics and feeds, loaded at start-up.</summary>
public sealed class SeedOptions
{
    /// <summary>Path of a JSON file (relative to the content root or absolute); empty = no seeding.</summary>
    public string? SeedFile { get; set; }
}
