using Alerts.Cli.Remote;

namespace Alerts.Cli.Commands.Config;

/// <summary>
/// <c>alerts topics|feeds add [--file F] [options]</c>: <c>POST /api/{kind}</c>; an existing id is refused (409), so
/// add never overwrites. Feeds are probed by the app unless <c>--no-probe</c>.
/// </summary>
public abstract class ConfigAddCommand : ConfigCommand
{
    protected override Func<RemoteRun, Task<int>> Parse(CliArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var body = ConfigBody.Read(args, Kind);
        Kind.RemoveReadOnly(body); // a file saved with show --json
        var skipProbe = Kind.Probes && args.Flag("no-probe");
        if (body.Count == 0) throw new CliUsageException($"give the {Kind.Name} as --file FILE.json or as options ({Kind.OptionsHelp})");
        return async run =>
        {
            var response = await run.Api.SendAsync(HttpMethod.Post, Kind.Path + (skipProbe ? "?probe=false" : ""), body, null, run.Ct);
            await run.WriteAsync(response, () => $"added {Kind.Name}:\n{Kind.ShowText(response)}");
            return 0;
        };
    }
}
