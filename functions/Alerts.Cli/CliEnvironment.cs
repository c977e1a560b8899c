namespace Alerts.Cli;

/// <summary>
/// What a run of the CLI reads besides its arguments: the clock (scan polling) and environment variables
/// (<c>ALERTS_URL</c>, <c>ALERTS_KEY</c>). Tests pass a fake clock and their own variables.
/// </summary>
public sealed record CliEnvironment(TimeProvider Time, Func<string, string?> Variable)
{
    public static CliEnvironment Process { get; } = new(TimeProvider.System, Environment.GetEnvironmentVariable);
}
