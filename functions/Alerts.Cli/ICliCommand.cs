namespace Alerts.Cli;

/// <summary>
/// One verb of the <c>alerts</c> command line (<c>alerts feed preview …</c>, <c>alerts backtest …</c>).
/// Every implementation in this assembly is found at start-up, so a new verb is one new file.
/// </summary>
public interface ICliCommand
{
    /// <summary>The verb words, e.g. <c>["feed", "preview"]</c> or <c>["backtest"]</c>.</summary>
    IReadOnlyList<string> Verb { get; }

    /// <summary>Other spellings that run the same command (<c>acknowledge</c> for <c>ack</c>); not listed in the usage.</summary>
    IReadOnlyList<IReadOnlyList<string>> Aliases => [];

    /// <summary>One line for the usage listing.</summary>
    string Summary { get; }

    /// <summary>Runs with the arguments after the verb; returns the process exit code.</summary>
    Task<int> RunAsync(CliArguments args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken);
}
