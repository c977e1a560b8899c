using System.Globalization;
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
/// <c>GET /api/alerts</c> (filter by state, topic, time), <c>GET /api/alerts/{id}</c> with the audit trail, and the
/// reviewer actions <c>POST /api/alerts/{id}/acknowledge|snooze|resolve</c>.
/// </summary>
public static class AlertEndpoints
{
    public const int MaxActorLength = 100;
    public const int MaxNoteLength = 1000;
    private const int DefaultLimit = 100;
    private const int MaxLimit = 500;
    private static readonly string[] States = ["open", "all", "firing", "acknowledged", "snoozed", "resolved"];

    public static RouteGroupBuilder MapAlertEndpoints(this RouteGroupBuilder api)
    {
        api.MapGet("/alerts", async (HttpContext http, AlertStore alerts, ConfigStore config, IOptions<ScanOptions> scan, TimeProvider time, CancellationToken ct) =>
        {
            var q = http.Request.Query;
            var errors = new Dictionary<string, string[]>();
            var state = q["state"].ToString() is { Length: > 0 } s ? s : "open";
            if (!States.Contains(state)) errors["state"] = [$"'{ApiProblems.Shorten(state)}' is not one of {string.Join(", ", States)}"];
            var topic = q["topic"].ToString() is { Length: > 0 } t ? t : null;
            if (topic is not null && !Identifiers.IsValid(topic)) errors["topic"] = [Identifiers.Describe(ApiProblems.Shorten(topic))];
            var from = ParseTime(q["from"], "from", errors);
            var to = ParseTime(q["to"], "to", errors);
            var limit = DefaultLimit;
            if (q["limit"].ToString() is { Length: > 0 } l && (!int.TryParse(l, NumberStyles.None, CultureInfo.InvariantCulture, out limit) || limit is < 1 or > MaxLimit))
            {
                errors["limit"] = [$"use a whole number from 1 to {MaxLimit}"];
            }

            if (errors.Count > 0) return ApiProblems.Validation("The alert filter is not valid", errors);
            bool? open = state switch { "open" or "firing" or "acknowledged" or "snoozed" => true, "resolved" => false, _ => null };
            var now = time.GetUtcNow();
            var names = (await config.ListTopicsAsync(ct)).ToDictionary(v => v.Value.Id, v => v.Value.Name, StringComparer.Ordinal);
            var items = (await alerts.ListAsync(topic, open, ct))
                .Select(x => x.Alert)
                .Where(a => state is "open" or "all" or "resolved" || string.Equals(a.State.ToString(), state, StringComparison.OrdinalIgnoreCase))
                .Where(a => (to is null || a.OpenedAt <= to) && (from is null || (a.ResolvedAt ?? now) >= from))
                .OrderByDescending(a => a.IsOpen).ThenByDescending(a => a.Severity).ThenByDescending(a => a.OpenedAt)
                .Take(limit)
                .Select(a => AlertView.From(a, names.GetValueOrDefault(a.Key.TopicId), scan.Value.BucketLength, withAudit: false))
                .ToList();
            return Results.Json(new ItemList<AlertView>(items), ApiJsonContext.Default.ItemListAlertView);
        }).WithTags("alerts").Produces<ItemList<AlertView>>().ProducesValidationProblem();

        api.MapGet("/alerts/{id}", async (string id, AlertStore alerts, ConfigStore config, IOptions<ScanOptions> scan, CancellationToken ct) =>
        {
            if (!Identifiers.IsValid(id)) return ApiProblems.BadId("alert", id);
            var (alert, _) = await alerts.GetAsync(id, ct);
            return alert is null ? ApiProblems.NotFound("alert", id) : await DetailAsync(alert, config, scan.Value, ct);
        }).WithTags("alerts").Produces<AlertView>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapPost("/alerts/{id}/{action}", async (string id, string action, HttpContext http, JsonBody body, AlertActions actions,
            AlertPolicy policy, ConfigStore config, IOptions<ScanOptions> scan, CancellationToken ct) =>
        {
            if (!Identifiers.IsValid(id)) return ApiProblems.BadId("alert", id);
            if (action is not ("acknowledge" or "snooze" or "resolve"))
            {
                return ApiProblems.Status(StatusCodes.Status404NotFound, "No such alert action",
                    $"'{ApiProblems.Shorten(action)}' is not an action; use acknowledge, snooze or resolve (silence rules: POST /api/silences).");
            }

            var (input, problem) = await body.ReadAsync(http.Request, ApiJsonContext.Default.AlertActionBody, ct);
            if (problem is not null) return problem;
            var errors = Check(input!, action, policy);
            if (errors.Count > 0) return ApiProblems.Validation($"The {action} request is not valid", errors);
            var by = input!.By.Trim();
            var note = string.IsNullOrWhiteSpace(input.Note) ? null : input.Note.Trim();
            var outcome = await actions.ApplyAsync(id, (alert, now) => action switch
            {
                "snooze" => AlertLifecycle.Snooze(alert, now.AddMinutes(input.Minutes!.Value), by, note, policy, now),
                "resolve" => AlertLifecycle.Resolve(alert, by, note, now),
                _ => AlertLifecycle.Acknowledge(alert, by, note, now),
            }, ct);
            return outcome.Status switch
            {
                AlertActionStatus.Applied => await DetailAsync(outcome.Transition!.Alert, config, scan.Value, ct),
                AlertActionStatus.NotFound => ApiProblems.NotFound("alert", id),
                AlertActionStatus.Rejected => ApiProblems.Status(StatusCodes.Status409Conflict, $"The alert cannot be {Past(action)} now",
                    outcome.Transition?.Message ?? $"alert '{id}' is {outcome.Transition?.Alert.State.ToString().ToLowerInvariant()}"),
                _ => ApiProblems.Status(StatusCodes.Status503ServiceUnavailable, "The alert kept changing", "Several writers raced for this alert; try again."),
            };
        }).WithTags("alerts").Accepts<AlertActionBody>("application/json").Produces<AlertView>()
            .ProducesValidationProblem().ProducesProblem(StatusCodes.Status404NotFound).ProducesProblem(StatusCodes.Status409Conflict);

        return api;
    }

    private static Dictionary<string, string[]> Check(AlertActionBody input, string action, AlertPolicy policy)
    {
        var errors = new Dictionary<string, string[]>();
        if (string.IsNullOrWhiteSpace(input.By) || input.By.Trim().Length > MaxActorLength) errors["by"] = [$"say who you are: 1-{MaxActorLength} characters"];
        if (input.Note is { Length: > MaxNoteLength }) errors["note"] = [$"at most {MaxNoteLength} characters"];
        var maxMinutes = (int)policy.MaxSnooze.TotalMinutes;
        if (action != "snooze")
        {
            if (input.Minutes is not null) errors["minutes"] = ["only a snooze takes minutes"];
        }
        else if (input.Minutes is not { } minutes || minutes < 1 || minutes > maxMinutes)
        {
            errors["minutes"] = [$"a snooze needs minutes from 1 to {maxMinutes} (the longest snooze is {policy.MaxSnooze.TotalDays:0.#} days)"];
        }

        if (input.Reason is not null) errors["reason"] = ["only a silence rule takes a reason (POST /api/silences)"];
        return errors;
    }

    private static string Past(string action) => action switch { "snooze" => "snoozed", "resolve" => "resolved", _ => "acknowledged" };

    private static async Task<IResult> DetailAsync(Alert alert, ConfigStore config, ScanOptions scan, CancellationToken ct)
    {
        var topic = await config.GetTopicAsync(alert.Key.TopicId, ct);
        return Results.Json(AlertView.From(alert, topic?.Value.Name, scan.BucketLength, withAudit: true), ApiJsonContext.Default.AlertView);
    }

    private static DateTimeOffset? ParseTime(string? text, string field, Dictionary<string, string[]> errors)
    {
        if (string.IsNullOrEmpty(text)) return null;
        if (DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal, out var value)) return value;
        errors[field] = [$"'{ApiProblems.Shorten(text)}' is not an ISO-8601 time such as 2026-11-23T08:00:00Z"];
        return null;
    }
}
