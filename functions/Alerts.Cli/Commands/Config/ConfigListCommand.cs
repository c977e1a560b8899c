using Alerts.Cli.Remote;

namespace Alerts.Cli.Commands.Config;

/// <summary><c>alerts topics|feeds list</c>: <c>GET /api/{kind}</c> as a table.</summary>
public abstract class ConfigListCommand : ConfigCommand
{
    protected override Func<RemoteRun, Task<int>> Parse(CliArguments args) => async run =>
    {
        var response = await run.Api.GetAsync(Kind.Path, run.Ct);
        await run.WriteAsync(response, () => Kind.ListText(response));
        return 0;
    };
}
