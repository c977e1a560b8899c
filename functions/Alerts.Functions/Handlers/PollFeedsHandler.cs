using System.Text.Json;
using Alerts.Domain.Scanning;
using Alerts.Functions.Protocol;
using Alerts.Storage.Configuration;
using Alerts.Storage.Feeds;

namespace Alerts.Functions.Handlers;

/// <summary>
/// Timer: enqueues one <c>feed-scans</c> message per enabled feed whose poll interval has passed and whose
/// health back-off allows it. The scans run in parallel through the queue; this timer only decides what is due.
/// </summary>
public sealed class PollFeedsHandler(ConfigStore config, FeedStateStore states, TimeProvider time) : IFunctionHandler
{
    // A feed polled every 60 s by a timer firing every 60 s must not slip a whole period because of jitter.
    private static readonly TimeSpan Tolerance = TimeSpan.FromSeconds(5);

    public string Name => FunctionNames.PollFeeds;

    public async Task<InvocationResult> HandleAsync(InvocationRequest request, CancellationToken cancellationToken)
    {
        var now = time.GetUtcNow();
        var feeds = await config.ListFeedsAsync(cancellationToken);
        var known = await states.ListAsync(cancellationToken);
        var result = new InvocationResult();
        foreach (var feed in feeds.Select(f => f.Value).Where(f => f.Enabled))
        {
            var state = known.GetValueOrDefault(feed.Id);
            var interval = TimeSpan.FromSeconds(feed.PollIntervalSeconds);
            var due = state?.LastEnqueuedAt is not { } last || now - last >= interval - Tolerance;
            var allowed = state?.NextAttemptNotBefore is not { } notBefore || now >= notBefore;
            if (!due || !allowed) continue;

            await states.MarkEnqueuedAsync(feed.Id, now, cancellationToken);
            var message = new ScanRequest(feed.Id, Guid.NewGuid().ToString("N"), now);
            result.Enqueue("scans", JsonSerializer.SerializeToNode(message, FunctionsJsonContext.Default.ScanRequest)!.AsObject());
        }

        return result.Log($"enqueued {result.CountFor("scans")} of {feeds.Count} feeds{(request.IsPastDue("timer") ? " (past due)" : "")}");
    }
}
