using System.Text.Json.Nodes;
using Alerts.Cli.Remote;

namespace Alerts.Cli.Commands.Config;

/// <summary>
/// <c>alerts topics|feeds update &lt;id&gt; [--file F] [options]</c>: reads the current version and its ETag, applies
/// the changes, and replaces it with <c>If-Match</c>. If someone changed it in between the app answers 412 and
/// nothing is saved (the problem text says to re-run), so no one's edit is lost. A file saved with
/// <c>show --json</c> carries the ETag of that read, and that one is sent: an edit made meanwhile is refused too.
/// </summary>
public abstract class ConfigUpdateCommand : ConfigCommand
{
    protected override Func<RemoteRun, Task<int>> Parse(CliArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var id = args.TakePositional("id");
        var changes = ConfigBody.Read(args, Kind);
        var etagFromFile = Kind.RemoveReadOnly(changes);
        var skipProbe = Kind.Probes && args.Flag("no-probe");
        if (changes.Count == 0) throw new CliUsageException($"nothing to change: give --file FILE.json or options ({Kind.OptionsHelp})");
        return async run =>
        {
            var current = await run.Api.GetAsync(Kind.ItemPath(id), run.Ct);
            var body = JsonNode.Parse(current.Body) as JsonObject ?? throw new InvalidDataException($"the app's {Kind.Name} '{id}' is not a JSON object");
            var etagInBody = Kind.RemoveReadOnly(body);
            var etag = etagFromFile ?? current.ETag ?? etagInBody
                ?? throw new InvalidDataException($"the app sent no ETag for {Kind.Name} '{id}', so it cannot be updated safely");
            foreach (var (name, value) in changes) body[name] = value?.DeepClone();

            var response = await run.Api.SendAsync(HttpMethod.Put, Kind.ItemPath(id) + (skipProbe ? "?probe=false" : ""), body, etag, run.Ct);
            await run.WriteAsync(response, () => $"updated {Kind.Name}:\n{Kind.ShowText(response)}");
            return 0;
        };
    }
}
