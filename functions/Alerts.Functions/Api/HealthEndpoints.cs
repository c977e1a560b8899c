using Alerts.Functions.Api.Contracts;
using Alerts.Standalone.Hosting;
using Alerts.Standalone.Metadata;
using Alerts.Standalone.Queues;
using Alerts.Storage;
using Alerts.Storage.Configuration;
using Alerts.Storage.Feeds;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Api;

/// <summary>
/// <c>GET /api/health</c>: storage reachable (and how fast), each trigger queue's depth and poison count, and the feeds'
/// health in numbers. 200 while storage answers ("degraded" when poison messages or failing feeds need a look), 503 when not.
/// </summary>
public static class HealthEndpoints
{
    private static readonly TimeSpan StorageTimeout = TimeSpan.FromSeconds(5);

    public static RouteGroupBuilder MapHealthEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/health", async (ConfigStore config, FeedStateStore states, QueueClientProvider queues, IOptions<StandaloneOptions> standalone,
            IOptions<StorageOptions> storage, IWebHostEnvironment env, TimeProvider time, CancellationToken ct) =>
        {
            using var timeout = CancellationTokenSource.CreateLinkedTokenSource(ct);
            timeout.CancelAfter(StorageTimeout);
            var started = time.GetTimestamp();
            try
            {
                var feeds = (await config.ListFeedsAsync(timeout.Token)).Select(f => f.Value).ToList();
                var latency = time.GetElapsedTime(started).TotalMilliseconds;
                var health = await states.ListAsync(timeout.Token);
                var statuses = feeds.Select(f => FeedViews.StatusOf(f, health.GetValueOrDefault(f.Id))).ToList();
                var summary = new FeedSummaryView(feeds.Count, statuses.Count(s => s == "ok"), statuses.Count(s => s == "failing"),
                    statuses.Count(s => s == "pending"), statuses.Count(s => s == "disabled"));
                var depths = new List<QueueHealthView>();
                foreach (var (connection, name) in TriggerQueues(standalone.Value.AppRootOr(env.ContentRootPath), storage.Value.Connection))
                {
                    var main = await queues.GetAsync(connection, name, timeout.Token);
                    var poison = await queues.GetAsync(connection, name + "-poison", timeout.Token);
                    depths.Add(new QueueHealthView(name, (await main.GetPropertiesAsync(timeout.Token)).Value.ApproximateMessagesCount,
                        (await poison.GetPropertiesAsync(timeout.Token)).Value.ApproximateMessagesCount));
                }

                var status = depths.Any(q => q.Poison > 0) || summary.Failing > 0 ? "degraded" : "ok";
                return Results.Json(new HealthView(status, new StorageHealthView(true, Math.Round(latency, 1), null), depths, summary), ApiJsonContext.Default.HealthView);
            }
            catch (Exception ex) when (ex is Azure.RequestFailedException or AggregateException or InvalidOperationException
                || ex is OperationCanceledException && !ct.IsCancellationRequested)
            {
                var error = ex is OperationCanceledException ? $"no answer within {StorageTimeout.TotalSeconds:0} s" : ex.Message.Split('\n')[0];
                return Results.Json(new HealthView("unavailable", new StorageHealthView(false, time.GetElapsedTime(started).TotalMilliseconds, error), [], new FeedSummaryView(0, 0, 0, 0, 0)),
                    ApiJsonContext.Default.HealthView, statusCode: StatusCodes.Status503ServiceUnavailable);
            }
        }).WithTags("health").Produces<HealthView>().Produces<HealthView>(StatusCodes.Status503ServiceUnavailable);
        return api;
    }

    /// <summary>The queues the app's function.json files trigger on (the list the host watches), read per request: a few small files.</summary>
    private static IEnumerable<(string Connection, string Queue)> TriggerQueues(string appRoot, string defaultConnection) =>
        FunctionMetadataLoader.Load(appRoot).Where(f => f.IsQueue && f.Trigger.Get("queueName") is { Length: > 0 })
            .Select(f => (f.Trigger.Get("connection") ?? defaultConnection, f.Trigger.Get("queueName")!))
            .Distinct()
            .OrderBy(q => q.Item2, StringComparer.Ordinal);
}
