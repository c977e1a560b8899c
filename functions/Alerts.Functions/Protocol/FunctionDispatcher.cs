using System.Diagnostics;
using Alerts.Functions.Telemetry;
using System.Text.Json.Nodes;
using Alerts.Standalone.Protocol;

namespace Alerts.Functions.Protocol;

/// <summary>
/// Routes an invocation to its handler in a fresh DI scope with a logging scope naming the function and
/// invocation. Both doors use it: <c>POST /{FunctionName}</c> from the Functions host, and the standalone
/// trigger runtime in-process, so there is one code path.
/// </summary>
public sealed partial class FunctionDispatcher(IServiceScopeFactory scopes, ILogger<FunctionDispatcher> logger) : IFunctionInvoker
{
    public async Task<InvocationOutcome> InvokeAsync(string functionName, JsonObject request, CancellationToken cancellationToken)
    {
        await using var scope = scopes.CreateAsyncScope();
        var handler = scope.ServiceProvider.GetKeyedService<IFunctionHandler>(functionName);
        if (handler is null)
        {
            return InvocationOutcome.Failure($"no function named '{functionName}'");
        }

        var invocationId = Guid.NewGuid().ToString();
        using var activity = AlertsTelemetry.Source.StartActivity(functionName, ActivityKind.Consumer);
        activity?.SetTag("faas.invocation_id", invocationId);
        using var _ = logger.BeginScope(new Dictionary<string, object> { ["Function"] = functionName, ["InvocationId"] = invocationId });
        try
        {
            var parsed = InvocationRequest.Parse(functionName, request);
            var result = await handler.HandleAsync(parsed, cancellationToken);
            return InvocationOutcome.Success(result.ToResponse());
        }
        catch (Exception ex) when (ex is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // Failing is the only signal the host understands: a queue message is retried, then poisoned.
            Log.InvocationFailed(logger, functionName, ex.Message, ex);
            activity?.SetStatus(ActivityStatusCode.Error, ex.Message);
            AlertsTelemetry.InvocationFailures.Add(1, new KeyValuePair<string, object?>("function", functionName));
            return InvocationOutcome.Failure($"{ex.GetType().Name}: {ex.Message}");
        }
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Error, "{Function} failed: {Reason}")]
        public static partial void InvocationFailed(ILogger logger, string function, string reason, Exception exception);
    }
}
