namespace Alerts.Cli;

/// <summary>A usage error: printed as one line on stderr with exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
