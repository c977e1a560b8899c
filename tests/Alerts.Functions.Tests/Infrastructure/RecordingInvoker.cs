using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Alerts.Standalone.Protocol;

namespace Alerts.Functions.Tests.Infrastructure;

/// <summary>Stands in for function code in runtime tests: records each request and answers with <see cref="Respond"/>.</summary>
public sealed class RecordingInvoker : IFunctionInvoker
{
    public ConcurrentQueue<(string Function, JsonObject Request)> Calls { get; } = new();

    public Func<string, JsonObject, InvocationOutcome> Respond { get; set; } = (_, _) => InvocationOutcome.Success(new JsonObject());

    public Task<InvocationOutcome> InvokeAsync(string functionName, JsonObject request, CancellationToken cancellationToken)
    {
        Calls.Enqueue((functionName, request));
        return Task.FromResult(Respond(functionName, request));
    }
}
