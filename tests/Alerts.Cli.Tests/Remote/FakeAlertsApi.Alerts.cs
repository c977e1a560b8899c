using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Http;

namespace Alerts.Cli.Tests.Remote;

/// <summary>The fake's alerts and manual scans.</summary>
public sealed partial class FakeAlertsApi
{
    private readonly List<JsonObject> _alerts = [];
    private readonly Dictionary<string, (JsonObject Status, int Polls)> _scans = [];

    /// <summary>Answer scans with 202 and a status URL, as the app does for scans of many feeds.</summary>
    public bool ScansRunOnQueue { get; set; }

    /// <summary>How many status polls a queued scan stays "running"; int.MaxValue for never.</summary>
    public int PollsUntilDone { get; set; } = 2;

    /// <summary>Overrides the Location of a 202 (e.g. another host).</summary>
    public string? ScanLocation { get; set; }

    public int ScanPolls { get; private set; }

    public void AddAlert(string id, string topic, string state, string? acknowledgedBy = null)
    {
        lock (_gate)
        {
            _alerts.Add(new JsonObject
            {
                ["id"] = id, ["topicId"] = topic, ["topicName"] = topic.ToUpperInvariant(), ["signal"] = "volume", ["state"] = state,
                ["severity"] = "major", ["openedAt"] = "2026-11-23T13:00:00+00:00", ["updatedAt"] = "2026-11-23T13:05:00+00:00",
                ["snoozedUntil"] = null, ["undeliverable"] = false, ["observed"] = 42, ["expected"] = 6.5, ["lift"] = 6.4,
                ["windowStart"] = "2026-11-23T12:50:00+00:00", ["windowEnd"] = "2026-11-23T13:00:00+00:00",
                ["acknowledgedBy"] = acknowledgedBy, ["resolvedAt"] = null, ["suppressed"] = false, ["escalated"] = false, ["revision"] = 1,
            });
        }
    }

    public JsonObject Alert(string id)
    {
        lock (_gate) return (JsonObject)_alerts.Single(a => a["id"]!.GetValue<string>() == id).DeepClone();
    }

    private Task ListAlertsAsync(HttpContext http)
    {
        var state = http.Request.Query["state"].ToString() is { Length: > 0 } s ? s : "open";
        var topic = http.Request.Query["topic"].ToString();
        lock (_gate)
        {
            var items = _alerts
                .Where(a => state == "all" || (state == "open" ? a["state"]!.GetValue<string>() != "resolved" : a["state"]!.GetValue<string>() == state))
                .Where(a => topic.Length == 0 || a["topicId"]!.GetValue<string>() == topic)
                .Select(a => (JsonNode?)a.DeepClone())
                .ToArray();
            return JsonAsync(http, 200, new JsonObject { ["items"] = new JsonArray(items) });
        }
    }

    private Task ReadAlertAsync(HttpContext http, string id)
    {
        lock (_gate)
        {
            var alert = _alerts.SingleOrDefault(a => a["id"]!.GetValue<string>() == id);
            if (alert is null) return ProblemAsync(http, 404, "No such alert", $"There is no alert '{id}'.");
            var detail = (JsonObject)alert.DeepClone();
            detail["audit"] = new JsonArray(new JsonObject { ["at"] = "2026-11-23T13:00:00+00:00", ["kind"] = "opened", ["actor"] = null, ["note"] = null, ["revision"] = 1 });
            return JsonAsync(http, 200, detail);
        }
    }

    private async Task AlertActionAsync(HttpContext http, string id, string action)
    {
        var (body, problem) = await ReadBodyAsync(http);
        if (body is null) { await problem!; return; }
        var errors = new Dictionary<string, string[]>();
        if (body["by"]?.GetValue<string>() is not { Length: > 0 }) errors["by"] = ["say who you are: 1-100 characters"];
        if (action == "snooze" && body["minutes"] is null) errors["minutes"] = ["a snooze needs minutes from 1 to 10080"];
        if (action != "snooze" && body["minutes"] is not null) errors["minutes"] = ["only a snooze takes minutes"];
        if (errors.Count > 0) { await ValidationAsync(http, $"The {action} request is not valid", errors); return; }

        Task answer;
        lock (_gate)
        {
            var alert = _alerts.SingleOrDefault(a => a["id"]!.GetValue<string>() == id);
            if (alert is null) answer = ProblemAsync(http, 404, "No such alert", $"There is no alert '{id}'.");
            else if (alert["state"]!.GetValue<string>() == "resolved") answer = ProblemAsync(http, 409, $"The alert cannot be {action}d now", $"alert '{id}' is resolved");
            else
            {
                alert["state"] = action switch { "acknowledge" => "acknowledged", "snooze" => "snoozed", _ => "resolved" };
                if (action == "acknowledge") alert["acknowledgedBy"] = body["by"]!.GetValue<string>();
                if (action == "snooze") alert["snoozedUntil"] = "2026-11-23T15:00:00+00:00";
                alert["revision"] = alert["revision"]!.GetValue<int>() + 1;
                answer = JsonAsync(http, 200, (JsonObject)alert.DeepClone());
            }
        }

        await answer;
    }

    private async Task StartScanAsync(HttpContext http)
    {
        var (body, problem) = await ReadBodyAsync(http);
        if (body is null) { await problem!; return; }
        if (body["from"] is { } from && body["to"] is { } to && DateTimeOffset.Parse(from.GetValue<string>()) >= DateTimeOffset.Parse(to.GetValue<string>()))
        {
            await ValidationAsync(http, "The scan request is not valid", new() { ["from"] = ["'from' must be before 'to'"] });
            return;
        }

        var id = "s" + Guid.NewGuid().ToString("N")[..12];
        var running = Scan(id, body, "running");
        http.Response.Headers.Location = ScanLocation ?? $"/api/scans/{id}";
        if (!ScansRunOnQueue)
        {
            await JsonAsync(http, 200, Scan(id, body, "completed"));
            return;
        }

        lock (_gate) _scans[id] = (running, 0);
        await JsonAsync(http, 202, (JsonObject)running.DeepClone());
    }

    private Task ReadScanAsync(HttpContext http, string id)
    {
        lock (_gate)
        {
            if (!_scans.TryGetValue(id, out var scan)) return ProblemAsync(http, 404, "No such scan", $"There is no scan '{id}'.");
            ScanPolls++;
            var polls = scan.Polls + 1;
            var status = polls >= PollsUntilDone ? Scan(id, scan.Status, "completed") : scan.Status;
            _scans[id] = (status, polls);
            return JsonAsync(http, 200, (JsonObject)status.DeepClone());
        }
    }

    private static JsonObject Scan(string id, JsonObject request, string status) => new()
    {
        ["id"] = id, ["status"] = status, ["dryRun"] = request["dryRun"]?.GetValue<bool>() ?? false,
        ["feedId"] = request["feedId"]?.DeepClone(), ["topicId"] = request["topicId"]?.DeepClone(),
        ["from"] = "2026-11-22T14:00:00+00:00", ["to"] = "2026-11-23T14:00:00+00:00",
        ["startedAt"] = "2026-11-23T14:00:00+00:00", ["completedAt"] = status == "completed" ? "2026-11-23T14:00:03+00:00" : null,
        ["feedsScanned"] = status == "completed" ? 2 : 0,
        ["feedErrors"] = status == "completed" ? new JsonArray(new JsonObject { ["feedId"] = "heise", ["error"] = "timeout after 20 s" }) : new JsonArray(),
        ["itemsSeen"] = status == "completed" ? 40 : 0, ["itemsMatched"] = status == "completed" ? 12 : 0, ["itemsNew"] = status == "completed" ? 10 : 0,
        ["topics"] = status == "completed" ? new JsonArray(new JsonObject { ["topicId"] = "brand", ["matched"] = 7 }) : new JsonArray(),
        ["spikes"] = new JsonArray(),
    };
}
