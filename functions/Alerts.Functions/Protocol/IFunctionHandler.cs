namespace Alerts.Functions.Protocol;

/// <summary>One function's code: invoked per request inside its own DI scope.</summary>
public interface IFunctionHandler
{
    string Name { get; }

    Task<InvocationResult> HandleAsync(InvocationRequest request, CancellationToken cancellationToken);
}
