using System.Text.Json.Nodes;
using Alerts.Cli.Remote;

namespace Alerts.Cli.Commands.AlertCommands;

/// <summary>
/// <c>alerts ack|snooze|resolve &lt;id&gt; --by NAME [--note TEXT]</c>: <c>POST /api/alerts/{id}/{action}</c>. The
/// app applies the change with its own ETag loop, so concurrent reviewers cannot lose each other's action; a
/// transition that is no longer possible (already resolved) is its 409 problem. <c>--by</c> defaults to <c>ALERTS_USER</c>.
/// </summary>
public abstract class AlertActionCommand : RemoteCommand
{
    public const string ActorVariable = "ALERTS_USER";

    /// <summary>The API's action word: acknowledge, snooze or resolve.</summary>
    protected abstract string Action { get; }

    /// <summary>For messages: acknowledged, snoozed, resolved.</summary>
    protected abstract string Done { get; }

    /// <summary>Action-specific members (a snooze's minutes).</summary>
    protected virtual void ReadOptions(CliArguments args, JsonObject body)
    {
    }

    protected override Func<RemoteRun, Task<int>> Parse(CliArguments args)
    {
        ArgumentNullException.ThrowIfNull(args);
        var id = args.TakePositional("alert id");
        var by = args.Get("by") ?? args.Environment.Variable(ActorVariable);
        if (string.IsNullOrWhiteSpace(by)) throw new CliUsageException($"say who you are: --by NAME (or set {ActorVariable})");
        var body = new JsonObject { ["by"] = by };
        if (args.Get("note") is { } note) body["note"] = note;
        ReadOptions(args, body);
        return async run =>
        {
            var response = await run.Api.SendAsync(HttpMethod.Post, $"api/alerts/{AlertsApiClient.Segment(id)}/{Action}", body, null, run.Ct);
            await run.WriteAsync(response, () =>
                $"{Done} {id} as {by}\n{AlertText.Detail(AlertsApiClient.Read(response, CliJsonContext.Default.AlertView))}");
            return 0;
        };
    }
}
