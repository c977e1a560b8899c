using System.Collections.Concurrent;
using Alerts.Storage;
using Alerts.Storage.Tables;
using Azure.Core;
using Azure.Core.Pipeline;
using Azure.Data.Tables;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Tests.Faults;

/// <summary>
/// A policy in the app's own Table pipeline (once per call, before the SDK's retries): counts the requests by kind
/// and can run a fault (stop Azurite) just before the first request that matches, so the fault lands at an exact
/// point of the app's work instead of at a moment chosen by a timer.
/// </summary>
public sealed class TableRequestTap : HttpPipelinePolicy
{
    private readonly ConcurrentDictionary<string, int> _counts = new(StringComparer.Ordinal);
    private (Func<Request, bool> When, Func<Task> Fault)? _armed;

    /// <summary>Entity-group transactions (<c>POST …/$batch</c>) sent so far.</summary>
    public int Transactions => _counts.GetValueOrDefault("batch");

    /// <summary>All Table requests sent so far (reads, writes, transactions, table creation).</summary>
    public int Requests => _counts.Values.Sum();

    /// <summary>Runs <paramref name="fault"/> once, before the first request for which <paramref name="when"/> holds.</summary>
    public void Arm(Func<Request, bool> when, Func<Task> fault) => _armed = (when, fault);

    public static bool IsTransaction(Request r) => r.Uri.Path.EndsWith("$batch", StringComparison.Ordinal);

    public static bool IsWriteTo(Request r, string table) =>
        r.Method != RequestMethod.Get && r.Uri.Path.Contains("/" + table, StringComparison.Ordinal);

    public override void Process(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline) =>
        throw new NotSupportedException("the app's storage calls are asynchronous");

    public override async ValueTask ProcessAsync(HttpMessage message, ReadOnlyMemory<HttpPipelinePolicy> pipeline)
    {
        _counts.AddOrUpdate(IsTransaction(message.Request) ? "batch" : message.Request.Method.Method, 1, (_, n) => n + 1);
        if (_armed is { } armed && armed.When(message.Request))
        {
            _armed = null;
            await armed.Fault();
        }

        await ProcessNextAsync(message, pipeline);
    }

    /// <summary>Makes the app's <see cref="AlertsTables"/> send through <paramref name="tap"/> (the last registration wins).</summary>
    public static void Install(IServiceCollection services, string connectionString, TableRequestTap tap)
    {
        var options = new TableClientOptions();
        options.AddPolicy(tap, HttpPipelinePosition.PerCall);
        services.AddSingleton(sp => new AlertsTables(new TableServiceClient(connectionString, options), sp.GetRequiredService<IOptions<StorageOptions>>().Value));
    }
}
