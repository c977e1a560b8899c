using Alerts.Cli.Remote;

namespace Alerts.Cli.Commands.Config;

/// <summary><c>alerts topics|feeds show &lt;id&gt;</c>: <c>GET /api/{kind}/{id}</c>, every field.</summary>
public abstract class ConfigShowCommand : ConfigCommand
{
    protected override Func<RemoteRun, Task<int>> Parse(CliArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var id = args.TakePositional("id");
        return async run =>
        {
            var response = await run.Api.GetAsync(Kind.ItemPath(id), run.Ct);
            await run.WriteAsync(response, () => Kind.ShowText(response));
            return 0;
        };
    }
}
