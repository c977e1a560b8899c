using System.Globalization;
using Alerts.Domain.Buckets;
using Alerts.Domain.Configuration;
using Alerts.Functions.Api.Contracts;
using Alerts.Functions.Api.Http;
using Alerts.Functions.Scanning;
using Alerts.Storage.Buckets;
using Alerts.Storage.Configuration;
using Alerts.Storage.Detection;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Api;

/// <summary><c>GET /api/topics/{id}/series?hours=24</c>: observed against expected per bucket, with spikes and the emotion split.</summary>
public static class SeriesEndpoints
{
    public const int DefaultHours = 24;
    public const int MaxHours = 7 * 24;

    public static RouteGroupBuilder MapSeriesEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/topics/{id}/series", async (string id, HttpContext http, ConfigStore config, BucketStore buckets, ExpectationStore expectations,
            IOptions<ScanOptions> scan, TimeProvider time, CancellationToken ct) =>
        {
            if (!Identifiers.IsValid(id)) return ApiProblems.BadId("topic", id);
            var hours = DefaultHours;
            if (http.Request.Query["hours"].ToString() is { Length: > 0 } h && (!int.TryParse(h, NumberStyles.None, CultureInfo.InvariantCulture, out hours) || hours is < 1 or > MaxHours))
            {
                return ApiProblems.Validation("The series range is not valid", new Dictionary<string, string[]> { ["hours"] = [$"use a whole number from 1 to {MaxHours}"] });
            }

            if (await config.GetTopicAsync(id, ct) is not { } topic) return ApiProblems.NotFound("topic", id);
            var length = scan.Value.BucketLength;
            var clock = new BucketClock(length);
            var to = clock.StartOf(time.GetUtcNow()) + length;
            var from = to - TimeSpan.FromHours(hours);
            from = clock.StartOf(from);
            var counted = (await buckets.GetRangeAsync(id, from, to, ct)).ToDictionary(b => b.Start);
            var expected = (await expectations.GetRangeAsync(id, from, to, ct)).ToDictionary(e => e.Start);
            var points = new List<SeriesPoint>();
            for (var start = from; start < to; start += length)
            {
                var b = counted.GetValueOrDefault(start)?.Aggregate;
                var e = expected.GetValueOrDefault(start);
                points.Add(new SeriesPoint(start, b?.Mentions ?? 0, e?.ExpectedMentions, b?.Emotion.Negative ?? 0, b?.Emotion.Positive ?? 0, b?.Emotion.Neutral ?? 0,
                    e?.ExpectedNegative, e?.ExpectedPositive, e?.Spikes ?? []));
            }

            return Results.Json(new SeriesView(id, topic.Value.Name, length, from, to, points), ApiJsonContext.Default.SeriesView);
        }).WithTags("topics").Produces<SeriesView>().ProducesProblem(StatusCodes.Status404NotFound).ProducesValidationProblem();
        return api;
    }
}
