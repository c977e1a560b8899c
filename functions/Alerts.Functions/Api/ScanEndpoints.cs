using System.Text.Json;
using Alerts.Domain.Configuration;
using Alerts.Functions.Api.Contracts;
using Alerts.Functions.Api.Http;
using Alerts.Functions.Handlers;
using Alerts.Functions.Scanning;
using Alerts.Standalone.Queues;
using Alerts.Storage;
using Alerts.Storage.Configuration;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Api;

/// <summary>
/// <c>POST /api/scans</c>: a scan of at most <see cref="ApiOptions.SyncScanMaxFeeds"/> feeds answers 200 with its result;
/// a larger one answers 202 with <c>Location: /api/scans/{id}</c> and runs on the <c>manual-scans</c> queue
/// (<see cref="RunScanHandler"/>), so it survives the HTTP timeout and an instance restart.
/// </summary>
public static class ScanEndpoints
{
    public static readonly TimeSpan DefaultRange = TimeSpan.FromHours(24);
    public static readonly TimeSpan MaxRange = TimeSpan.FromDays(7);
    private static readonly TimeSpan MaxDistance = TimeSpan.FromDays(10 * 365);

    /// <summary>Times far from now are typos, and near DateTimeOffset's limits the range arithmetic would overflow.</summary>
    internal static bool OutOfRange(DateTimeOffset? at, DateTimeOffset now) => at is { } t && (t < now - MaxDistance || t > now + MaxDistance);

    public static RouteGroupBuilder MapScanEndpoints(this RouteGroupBuilder api)
    {
        api.MapPost("/scans", async (HttpContext http, JsonBody body, ConfigStore config, ManualScanner scanner, QueueSender sender,
            IOptions<ApiOptions> options, IOptions<StorageOptions> storage, TimeProvider time, CancellationToken ct) =>
        {
            var (command, problem) = await body.ReadAsync(http.Request, ApiJsonContext.Default.ScanCommand, ct);
            if (problem is not null) return problem;
            var now = time.GetUtcNow();
            if (OutOfRange(command!.From, now) || OutOfRange(command.To, now))
            {
                return ApiProblems.Validation("The scan request is not valid", new Dictionary<string, string[]> { ["from"] = [$"'from' and 'to' must lie within {MaxDistance.TotalDays / 365:0} years of now"] });
            }

            var (from, to) = (command.From ?? (command.To ?? now) - DefaultRange, command.To ?? now);
            var errors = await CheckAsync(command, from, to, config, ct);
            if (errors.Count > 0) return ApiProblems.Validation("The scan request is not valid", errors);

            var job = new ScanJob(ManualScanner.NewScanId(), command, from, to, now);
            var feeds = await scanner.FeedsForAsync(command, ct);
            http.Response.Headers.Location = $"/api/scans/{job.ScanId}";
            if (feeds.Count <= options.Value.SyncScanMaxFeeds)
            {
                return Results.Json(await scanner.RunAsync(job, ct), ApiJsonContext.Default.ScanStatus);
            }

            // Saved before it is queued, so a GET right after the 202 finds it.
            await scanner.SaveAsync(ManualScanner.Running(job), ct);
            await sender.SendAsync(storage.Value.Connection, RunScanHandler.QueueName, [JsonSerializer.Serialize(job, ApiJsonContext.Default.ScanJob)], ct);
            return Results.Json(ManualScanner.Running(job), ApiJsonContext.Default.ScanStatus, statusCode: StatusCodes.Status202Accepted);
        }).WithTags("scans").Accepts<ScanCommand>("application/json").Produces<ScanStatus>().Produces<ScanStatus>(StatusCodes.Status202Accepted).ProducesValidationProblem();

        api.MapGet("/scans/{id}", async (string id, ManualScanner scanner, CancellationToken ct) =>
        {
            if (!Identifiers.IsValid(id)) return ApiProblems.BadId("scan", id);
            return await scanner.GetAsync(id, ct) is { } status ? Results.Json(status, ApiJsonContext.Default.ScanStatus) : ApiProblems.NotFound("scan", id);
        }).WithTags("scans").Produces<ScanStatus>().ProducesProblem(StatusCodes.Status404NotFound);

        return api;
    }

    private static async Task<Dictionary<string, string[]>> CheckAsync(ScanCommand command, DateTimeOffset from, DateTimeOffset to, ConfigStore config, CancellationToken ct)
    {
        var errors = new Dictionary<string, string[]>();
        if (command.FeedId is { } feedId)
        {
            if (!Identifiers.IsValid(feedId)) errors["feedId"] = [Identifiers.Describe(ApiProblems.Shorten(feedId))];
            else if (await config.GetFeedAsync(feedId, ct) is null) errors["feedId"] = [$"there is no feed '{feedId}' (GET /api/feeds lists them)"];
        }

        if (command.TopicId is { } topicId)
        {
            if (!Identifiers.IsValid(topicId)) errors["topicId"] = [Identifiers.Describe(ApiProblems.Shorten(topicId))];
            else if (await config.GetTopicAsync(topicId, ct) is null) errors["topicId"] = [$"there is no topic '{topicId}' (GET /api/topics lists them)"];
        }

        if (from >= to) errors["from"] = [$"'from' ({from:O}) must be before 'to' ({to:O})"];
        else if (to - from > MaxRange) errors["to"] = [$"a scan covers at most {MaxRange.TotalDays:0} days; the range given is {(to - from).TotalDays:0.#} days"];
        return errors;
    }
}
