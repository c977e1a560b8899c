using Alerts.Alerting;
using Alerts.Domain.Configuration;
using Alerts.Functions.Alerting;
using Alerts.Functions.Api.Contracts;
using Alerts.Functions.Api.Http;
using Alerts.Functions.Scanning;
using Alerts.Storage.Alerts;
using Alerts.Storage.Configuration;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Api;

/// <summary>
/// Silence rules (a topic, optionally one signal, a time window and a reason, e.g. a planned campaign):
/// <c>GET/POST /api/silences</c>, <c>DELETE /api/silences/{id}</c>, and <c>POST /api/alerts/{id}/silence</c>, which
/// silences the alert's topic and signal from now on and suppresses the alert at once. Silenced alerts are still
/// opened, updated and audited; they just notify no one.
/// </summary>
public static class SilenceEndpoints
{
    public static readonly string[] Signals = ["volume", "negativeemotion", "positiveemotion", "silence"];
    private const int MaxReasonLength = 500;
    private const int MaxMinutes = 366 * 24 * 60;

    public static RouteGroupBuilder MapSilenceEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/silences", async (SilenceStore silences, TimeProvider time, CancellationToken ct) =>
        {
            var now = time.GetUtcNow();
            var items = (await silences.ListAsync(ct)).Select(r => View(r, now)).ToList();
            return Results.Json(new ItemList<SilenceView>(items), ApiJsonContext.Default.ItemListSilenceView);
        }).WithTags("silences").Produces<ItemList<SilenceView>>();

        api.MapPost("/silences", async (HttpContext http, JsonBody body, SilenceStore silences, ConfigStore config, AlertPolicy policy, TimeProvider time, CancellationToken ct) =>
        {
            var (input, problem) = await body.ReadAsync(http.Request, ApiJsonContext.Default.SilenceBody, ct);
            if (problem is not null) return problem;
            var now = time.GetUtcNow();
            var errors = new Dictionary<string, string[]>();
            if (input!.Id is { } id && !Identifiers.IsValid(id)) errors["id"] = [Identifiers.Describe(ApiProblems.Shorten(id))];
            if (!Identifiers.IsValid(input.TopicId)) errors["topicId"] = [Identifiers.Describe(ApiProblems.Shorten(input.TopicId))];
            else if (await config.GetTopicAsync(input.TopicId, ct) is null) errors["topicId"] = [$"there is no topic '{input.TopicId}'"];
            if (ScanEndpoints.OutOfRange(input.StartsAt, now) || ScanEndpoints.OutOfRange(input.EndsAt, now) || input.Minutes > MaxMinutes)
            {
                return ApiProblems.Validation("The silence rule is not valid", new Dictionary<string, string[]> { ["endsAt"] = [$"a silence lies within 10 years of now and lasts at most {MaxMinutes} minutes (a year)"] });
            }

            var startsAt = input.StartsAt ?? now;
            DateTimeOffset? endsAt = (input.EndsAt, input.Minutes) switch
            {
                ({ } end, null) => end,
                (null, { } minutes and > 0) => startsAt.AddMinutes(minutes),
                _ => null,
            };
            if (endsAt is null) errors["endsAt"] = ["give either endsAt (a time) or minutes (a positive whole number), not both"];
            var rule = new SilenceRule(input.Id ?? NewId(), input.TopicId, input.Signal, startsAt, endsAt ?? startsAt, input.Reason.Trim(), input.By.Trim());
            Check(rule, errors);
            if (errors.Count > 0) return ApiProblems.Validation("The silence rule is not valid", errors);
            if (!await silences.AddAsync(rule, ct))
            {
                return ApiProblems.Status(StatusCodes.Status409Conflict, "The silence rule exists already", $"silence '{rule.Id}' exists; delete it first or use another id.");
            }

            return Results.Created($"/api/silences/{rule.Id}", View(rule, now));
        }).WithTags("silences").Accepts<SilenceBody>("application/json").Produces<SilenceView>(StatusCodes.Status201Created).ProducesValidationProblem();

        api.MapDelete("/silences/{id}", async (string id, SilenceStore silences, CancellationToken ct) =>
        {
            if (!Identifiers.IsValid(id)) return ApiProblems.BadId("silence", id);
            return await silences.DeleteAsync(id, ct) ? Results.NoContent() : ApiProblems.NotFound("silence", id);
        }).WithTags("silences").Produces(StatusCodes.Status204NoContent).ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/alerts/{id}/silence", async (string id, HttpContext http, JsonBody body, AlertStore alerts, SilenceStore silences, AlertActions actions,
            AlertPolicy policy, ConfigStore config, IOptions<ScanOptions> scan, TimeProvider time, CancellationToken ct) =>
        {
            if (!Identifiers.IsValid(id)) return ApiProblems.BadId("alert", id);
            var (input, problem) = await body.ReadAsync(http.Request, ApiJsonContext.Default.AlertActionBody, ct);
            if (problem is not null) return problem;
            var (alert, _) = await alerts.GetAsync(id, ct);
            if (alert is null) return ApiProblems.NotFound("alert", id);
            var now = time.GetUtcNow();
            var errors = new Dictionary<string, string[]>();
            if (input!.Minutes is not (> 0 and <= MaxMinutes)) errors["minutes"] = [$"how long to silence this topic and signal: 1-{MaxMinutes} minutes"];
            var rule = new SilenceRule(NewId(), alert.Key.TopicId, alert.Key.Signal, now, now.AddMinutes(input.Minutes ?? 0),
                (input.Reason ?? input.Note ?? string.Empty).Trim(), input.By.Trim());
            Check(rule, errors);
            if (errors.Count > 0) return ApiProblems.Validation("The silence request is not valid", errors);
            await silences.AddAsync(rule, ct);
            var outcome = await actions.ApplyAsync(id, (a, at) => AlertLifecycle.Tick(a, policy, [rule], at), ct);
            var current = outcome.Transition?.Alert ?? alert;
            var topic = await config.GetTopicAsync(current.Key.TopicId, ct);
            return Results.Json(AlertView.From(current, topic?.Value.Name, scan.Value.BucketLength, withAudit: true), ApiJsonContext.Default.AlertView);
        }).WithTags("alerts").Accepts<AlertActionBody>("application/json").Produces<AlertView>().ProducesValidationProblem();

        return api;
    }

    private static void Check(SilenceRule rule, Dictionary<string, string[]> errors)
    {
        if (rule.Signal is { } signal && !Signals.Contains(signal)) errors["signal"] = [$"'{ApiProblems.Shorten(signal)}' is not one of {string.Join(", ", Signals)} (omit it to silence every signal)"];
        if (string.IsNullOrWhiteSpace(rule.Reason) || rule.Reason.Length > MaxReasonLength) errors["reason"] = [$"say why (1-{MaxReasonLength} characters), e.g. the planned campaign"];
        if (string.IsNullOrWhiteSpace(rule.CreatedBy) || rule.CreatedBy.Length > AlertEndpoints.MaxActorLength) errors["by"] = [$"say who you are: 1-{AlertEndpoints.MaxActorLength} characters"];
        if (rule.EndsAt <= rule.StartsAt && !errors.ContainsKey("endsAt") && !errors.ContainsKey("minutes")) errors["endsAt"] = ["must be after startsAt"];
    }

    private static string NewId() => "sil-" + Convert.ToHexStringLower(Guid.NewGuid().ToByteArray().AsSpan(0, 8));

    private static SilenceView View(SilenceRule r, DateTimeOffset now) =>
        new(r.Id, r.TopicId, r.Signal, r.StartsAt, r.EndsAt, r.Reason, r.CreatedBy, r.StartsAt <= now && now < r.EndsAt);
}
