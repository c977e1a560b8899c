using System.Globalization;
using Alerts.Alerting;
using Alerts.Functions.Alerting;
using Alerts.Storage.Alerts;
using Alerts.Storage.Configuration;
using Alerts.Teams;

namespace Alerts.Functions.Api;

/// <summary>
/// The card's acknowledge/snooze links. <c>GET /api/ack?alert=…&amp;token=…</c> shows the alert and a form and changes
/// nothing (link scanners and previews fetch GETs); <c>POST /api/ack?alert=…</c> with the form (token, name, note,
/// snoozeMinutes) applies the token's action with the ETag loop. A token that does not validate gets the 403 page.
/// </summary>
public static partial class AckEndpoints
{
    private const string Path = "/api/ack";

    public static IEndpointRouteBuilder MapAck(this IEndpointRouteBuilder app)
    {
        app.MapGet(Path, async (HttpContext http, AlertStore alerts, ConfigStore config, AlertCards cards, TimeProvider time, CancellationToken ct) =>
        {
            var (alertId, token) = (http.Request.Query["alert"].ToString(), http.Request.Query["token"].ToString());
            var check = await CheckAsync(alertId, token, alerts, config, cards, time, ct);
            if (check.Error is { } error) return error;
            var model = await cards.BuildModelAsync(check.Alert!, check.Topic!, check.Alert!.Revision, ct);
            var formAction = $"{Path}?alert={Uri.EscapeDataString(alertId)}";
            return Html(AckPage.Render(new AckPageModel(model, check.Action, token, formAction), check.Language), StatusCodes.Status200OK);
        });

        app.MapPost(Path, async (HttpContext http, AlertStore alerts, ConfigStore config, AlertCards cards, AlertPolicy policy,
            AlertActions actions, TimeProvider time, ILoggerFactory loggers, CancellationToken ct) =>
        {
            if (!http.Request.HasFormContentType) return Results.StatusCode(StatusCodes.Status415UnsupportedMediaType);
            var form = await http.Request.ReadFormAsync(ct);
            var alertId = http.Request.Query["alert"].ToString();
            var check = await CheckAsync(alertId, form[AckPage.TokenField].ToString(), alerts, config, cards, time, ct);
            if (check.Error is { } error) return error;
            var name = form[AckPage.NameField].ToString().Trim();
            var note = form[AckPage.NoteField].ToString().Trim();
            if (name.Length is 0 or > AckPage.MaxNameLength || note.Length > AckPage.MaxNoteLength)
            {
                return Html(AckPage.RenderError("400", $"name (1–{AckPage.MaxNameLength} characters) is required; note at most {AckPage.MaxNoteLength}", check.Language), StatusCodes.Status400BadRequest);
            }

            var minutes = AckPage.SnoozeMinuteChoices[0];
            if (check.Action == AckAction.Snooze && form[AckPage.SnoozeMinutesField].ToString() is { Length: > 0 } m
                && (!int.TryParse(m, NumberStyles.None, CultureInfo.InvariantCulture, out minutes) || minutes < 1))
            {
                return Html(AckPage.RenderError("400", "snoozeMinutes must be a positive whole number", check.Language), StatusCodes.Status400BadRequest);
            }

            var actor = name;
            var noteOrNull = note.Length == 0 ? null : note;
            var outcome = await actions.ApplyAsync(alertId, (alert, now) => check.Action switch
            {
                AckAction.Snooze => AlertLifecycle.Snooze(alert, now.AddMinutes(minutes), actor, noteOrNull, policy, now),
                AckAction.Resolve => AlertLifecycle.Resolve(alert, actor, noteOrNull, now),
                _ => AlertLifecycle.Acknowledge(alert, actor, noteOrNull, now),
            }, ct);
            switch (outcome.Status)
            {
                case AlertActionStatus.NotFound:
                    return Html(AckPage.RenderError("404", $"alert {alertId} no longer exists", check.Language), StatusCodes.Status404NotFound);
                case AlertActionStatus.Rejected:
                    return Html(AckPage.RenderError("409", outcome.Transition?.Message ?? "not possible in the alert's state", check.Language), StatusCodes.Status409Conflict);
                case AlertActionStatus.Applied:
                    Log.Applied(loggers.CreateLogger(typeof(AckEndpoints).FullName!), check.Action.ToString(), alertId, outcome.Transition!.Outcome.ToString());
                    var model = await cards.BuildModelAsync(outcome.Transition.Alert, check.Topic!, outcome.Transition.Alert.Revision, ct);
                    return Html(AckPage.RenderResult(model, check.Action, actor, check.Language), StatusCodes.Status200OK);
            }

            return Html(AckPage.RenderError("503", "the alert kept changing; please try again", check.Language), StatusCodes.Status503ServiceUnavailable);
        });

        return app;
    }

    private sealed record Check(IResult? Error, Alert? Alert, Domain.Configuration.TopicConfig? Topic, AckAction Action, CardLanguage Language);

    private static async Task<Check> CheckAsync(string alertId, string token, AlertStore alerts, ConfigStore config, AlertCards cards, TimeProvider time, CancellationToken ct)
    {
        var validation = AckToken.Validate(token, alertId, time.GetUtcNow(), cards.SigningKey(), out var action);
        if (validation != AckTokenValidation.Valid)
        {
            return new Check(Html(AckPage.RenderTokenError(validation, CardLanguage.German), StatusCodes.Status403Forbidden), null, null, action, CardLanguage.German);
        }

        var (alert, _) = await alerts.GetAsync(alertId, ct);
        var topic = alert is null ? null : (await config.GetTopicAsync(alert.Key.TopicId, ct))?.Value;
        var language = topic is null ? CardLanguage.German : AlertCards.LanguageOf((await config.GetChannelAsync(topic.ChannelId, ct))?.Value);
        if (alert is null || topic is null)
        {
            return new Check(Html(AckPage.RenderError("404", $"alert {alertId} or its topic no longer exists", language), StatusCodes.Status404NotFound), null, null, action, language);
        }

        return new Check(null, alert, topic, action, language);
    }

    private static IResult Html(string page, int status) => Results.Content(page, "text/html; charset=utf-8", statusCode: status);

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Information, "{Action} of alert {AlertId} from its card link: {Outcome}")]
        public static partial void Applied(ILogger logger, string action, string alertId, string outcome);
    }
}
