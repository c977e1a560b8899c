namespace Alerts.Domain.Configuration;

/// <summary>A topic as operators configure it: what to watch (<see cref="Query"/>) and which channel hears about it.</summary>
public sealed record TopicConfig(
    string Id,
    string Name,
    string Query,
    IReadOnlyList<string>? Languages,
    string ChannelId,
    string? EscalationChannelId = null,
    string Sensitivity = "medium",
    bool Enabled = true);
