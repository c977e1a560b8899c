using Alerts.Cli.Remote;

namespace Alerts.Cli.Commands.Config;

/// <summary><c>alerts topics|feeds delete &lt;id&gt;</c>: <c>DELETE /api/{kind}/{id}</c>; an unknown id is an error (404).</summary>
public abstract class ConfigDeleteCommand : ConfigCommand
{
    protected override Func<RemoteRun, Task<int>> Parse(CliArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var id = args.TakePositional("id");
        return async run =>
        {
            await run.Api.SendAsync(HttpMethod.Delete, Kind.ItemPath(id), null, null, run.Ct);
            if (!run.Json) await run.Out.WriteLineAsync($"deleted {Kind.Name} '{id}'");
            return 0;
        };
    }
}
