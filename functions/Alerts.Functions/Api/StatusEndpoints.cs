using Alerts.Domain.Buckets;
using Alerts.Functions.Scanning;
using Alerts.Storage.Buckets;
using Alerts.Storage.Configuration;
using Alerts.Storage.Feeds;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Api;

/// <summary>
/// <c>GET /api/status</c>: per topic, the mentions of the last hour's buckets; per feed, its health.
/// The quickest way to see the pipeline work (the README demo points here).
/// </summary>
public static class StatusEndpoints
{
    public static RouteGroupBuilder MapStatus(this RouteGroupBuilder app)
    {
        app.MapGet("/status", async (ConfigStore config, FeedStateStore states, BucketStore buckets, IOptions<ScanOptions> scan, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow();
            var clock = new BucketClock(scan.Value.BucketLength);
            var from = clock.StartOf(now) - TimeSpan.FromHours(1);
            var topics = new List<object>();
            foreach (var topic in (await config.ListTopicsAsync(ct)).Select(t => t.Value))
            {
                var series = await buckets.GetRangeAsync(topic.Id, from, now + scan.Value.BucketLength, ct);
                topics.Add(new
                {
                    topic.Id,
                    topic.Name,
                    Buckets = series.Select(b => new
                    {
                        b.Start,
                        b.Aggregate.Mentions,
                        b.Aggregate.DistinctAuthors,
                        b.Aggregate.DistinctSources,
                        b.Aggregate.Reach,
                        Negative = b.Aggregate.Emotion.Negative,
                        Positive = b.Aggregate.Emotion.Positive,
                        TopItems = b.Aggregate.TopItems.Select(i => new { i.Title, i.Link }),
                    }),
                });
            }

            var health = await states.ListAsync(ct);
            var feeds = (await config.ListFeedsAsync(ct)).Select(f => f.Value).Select(f => new
            {
                f.Id,
                f.Url,
                f.Enabled,
                LastSuccess = health.GetValueOrDefault(f.Id)?.LastSuccess,
                ConsecutiveFailures = health.GetValueOrDefault(f.Id)?.ConsecutiveFailures ?? 0,
                LastError = health.GetValueOrDefault(f.Id)?.LastError,
                ItemsCounted = health.GetValueOrDefault(f.Id)?.ItemsCounted ?? 0,
            });
            return Results.Ok(new { Now = now, BucketLength = scan.Value.BucketLength, Topics = topics, Feeds = feeds });
        });
        return app;
    }
}
