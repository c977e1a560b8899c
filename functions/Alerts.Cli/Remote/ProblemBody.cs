namespace Alerts.Cli.Remote;

/// <summary>RFC 9457 problem details as the API sends them; <see cref="Errors"/> maps a field to its messages.</summary>
public sealed record ProblemBody(string? Type, string? Title, int? Status, string? Detail, Dictionary<string, string[]>? Errors);
