namespace Alerts.Cli.Tests.Remote;

/// <summary>Runs the CLI in-process with captured output and no environment variables (the machine's ALERTS_* must not leak in).</summary>
internal static class CliRun
{
    public static CancellationToken Ct => TestContext.Current.CancellationToken;

    public static readonly CliEnvironment NoVariables = new(TimeProvider.System, _ => null);

    public static async Task<(int Exit, string Out, string Err)> RunAsync(string[] args, CliEnvironment? environment = null)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var exit = await CliApp.RunAsync(args, stdout, stderr, environment ?? NoVariables, Ct);
        return (exit, stdout.ToString(), stderr.ToString());
    }
}
