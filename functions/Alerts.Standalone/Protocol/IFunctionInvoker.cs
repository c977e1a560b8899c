using System.Text.Json.Nodes;

namespace Alerts.Standalone.Protocol;

/// <summary>
/// Sends one invocation request to the handler and returns its response body. In standalone mode the app
/// implements this by calling the same dispatcher that serves <c>POST /{FunctionName}</c>, so triggers run one code path.
/// </summary>
public interface IFunctionInvoker
{
    Task<InvocationOutcome> InvokeAsync(string functionName, JsonObject request, CancellationToken cancellationToken);
}

/// <summary>Success carries the response (<c>Outputs</c>, <c>Logs</c>, <c>ReturnValue</c>); failure carries the reason.</summary>
public sealed record InvocationOutcome(bool Succeeded, JsonObject? Response, string? Error)
{
    public static InvocationOutcome Success(JsonObject response) => new(true, response, null);

    public static InvocationOutcome Failure(string error) => new(false, null, error);
}
