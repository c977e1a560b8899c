using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;

namespace Alerts.Cli.Tests.Remote;

/// <summary>
/// A small loopback stand-in for the app's HTTP API (/work/api-spec.md), implementing only what the CLI relies on:
/// the admin key (401/403), problem+json, topics and feeds with ETag / If-Match (428, 412), field validation (400),
/// alert actions (404, 409) and scans answering 200 or 202 + Location with polling. The real app is exercised by
/// <c>CliAgainstRunningAppTests</c>; this one lets the tests set up races and timings the real one cannot.
/// </summary>
public sealed partial class FakeAlertsApi : IAsyncDisposable
{
    public const string Key = "fake-admin-key-0123456789";
    private static readonly Dictionary<string, string[]> s_required = new() { ["topics"] = ["id", "name", "query", "channelId"], ["feeds"] = ["id", "kind", "url"] };
    private static readonly Dictionary<string, string[]> s_allowed = new()
    {
        ["topics"] = ["id", "name", "query", "languages", "channelId", "escalationChannelId", "sensitivity", "enabled"],
        ["feeds"] = ["id", "kind", "url", "query", "pollIntervalSeconds", "enabled", "name"],
    };

    private readonly object _gate = new();
    private readonly Dictionary<string, Dictionary<string, (JsonObject Body, int Version)>> _config = new() { ["topics"] = [], ["feeds"] = [] };
    private LoopbackServer _server = null!;

    public Uri BaseAddress => _server.BaseAddress;

    public IReadOnlyList<RecordedRequest> Requests => _server.Requests.ToList();

    /// <summary>Runs after the fake answered a GET of one topic or feed: the place to play another operator's edit.</summary>
    public Action<string, string>? AfterItemRead { get; set; }

    public static async Task<FakeAlertsApi> StartAsync()
    {
        var fake = new FakeAlertsApi();
        fake._server = await LoopbackServer.StartAsync(fake.HandleAsync);
        return fake;
    }

    /// <summary>The CLI arguments pointing at this fake with its key.</summary>
    public string[] Args(params string[] args) => [.. args, "--server", BaseAddress.AbsoluteUri, "--key", Key];

    public void Put(string collection, JsonObject body)
    {
        lock (_gate) _config[collection][body["id"]!.GetValue<string>()] = (body, 1);
    }

    public JsonObject? Get(string collection, string id)
    {
        lock (_gate) return _config[collection].TryGetValue(id, out var item) ? (JsonObject)item.Body.DeepClone() : null;
    }

    /// <summary>Another operator's change: new content, new ETag.</summary>
    public void Edit(string collection, string id, string member, JsonNode value)
    {
        lock (_gate)
        {
            var (body, version) = _config[collection][id];
            body[member] = value;
            _config[collection][id] = (body, version + 1);
        }
    }

    private async Task HandleAsync(HttpContext http)
    {
        var key = http.Request.Headers["x-functions-key"].ToString();
        if (key.Length == 0) { await ProblemAsync(http, 401, "A key is required", "Send the API key in the 'x-functions-key' header."); return; }
        if (key != Key) { await ProblemAsync(http, 403, "The key is not valid", "The key matches neither the read key nor the admin key of this app."); return; }

        var segments = http.Request.Path.Value!.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(Uri.UnescapeDataString).ToArray();
        var method = http.Request.Method;
        var task = segments switch
        {
            ["api", "topics" or "feeds"] when method == "GET" => ListAsync(http, segments[1]),
            ["api", "topics" or "feeds"] when method == "POST" => WriteAsync(http, segments[1], null, create: true),
            ["api", "topics" or "feeds", var id] when method == "GET" => ReadAsync(http, segments[1], id),
            ["api", "topics" or "feeds", var id] when method == "PUT" => WriteAsync(http, segments[1], id, create: false),
            ["api", "topics" or "feeds", var id] when method == "DELETE" => DeleteAsync(http, segments[1], id),
            ["api", "alerts"] when method == "GET" => ListAlertsAsync(http),
            ["api", "alerts", var id] when method == "GET" => ReadAlertAsync(http, id),
            ["api", "alerts", var id, var action] when method == "POST" => AlertActionAsync(http, id, action),
            ["api", "scans"] when method == "POST" => StartScanAsync(http),
            ["api", "scans", var id] when method == "GET" => ReadScanAsync(http, id),
            _ => ProblemAsync(http, 404, "Not found", $"{method} {http.Request.Path} is not a route of this fake"),
        };
        await task;
    }

    private Task ListAsync(HttpContext http, string collection)
    {
        lock (_gate)
        {
            var items = new JsonArray(_config[collection].Values.Select(v => (JsonNode?)View(collection, v.Body, v.Version)).ToArray());
            return JsonAsync(http, 200, new JsonObject { ["items"] = items });
        }
    }

    private Task ReadAsync(HttpContext http, string collection, string id)
    {
        Task answer;
        lock (_gate)
        {
            if (!_config[collection].TryGetValue(id, out var item)) return NotFoundAsync(http, collection, id);
            http.Response.Headers.ETag = ETag(item.Version);
            answer = JsonAsync(http, 200, View(collection, item.Body, item.Version));
        }

        AfterItemRead?.Invoke(collection, id);
        return answer;
    }

    private async Task WriteAsync(HttpContext http, string collection, string? routeId, bool create)
    {
        var (body, problem) = await ReadBodyAsync(http);
        if (body is null) { await problem!; return; }
        var errors = Validate(collection, body, routeId);
        if (errors.Count > 0) { await ValidationAsync(http, $"The {Singular(collection)} is not valid", errors); return; }
        if (collection == "feeds" && http.Request.Query["probe"] != "false" && body["url"]!.GetValue<string>().Contains("unreachable", StringComparison.Ordinal))
        {
            await ProblemAsync(http, 422, "The feed cannot be used as it is", "url: the feed could not be read: connection refused. Fix the URL or kind, or add it anyway with ?probe=false.");
            return;
        }

        var id = routeId ?? body["id"]!.GetValue<string>();
        body["id"] = id;
        var ifMatch = http.Request.Headers.IfMatch.ToString();
        int status;
        int version;
        lock (_gate)
        {
            var exists = _config[collection].TryGetValue(id, out var current);
            status = create && exists ? 409
                : !create && exists && ifMatch.Length == 0 ? 428
                : !create && exists && ifMatch != "*" && ifMatch != ETag(current.Version) ? 412
                : exists ? 200 : 201;
            version = exists ? current.Version + 1 : 1;
            if (status is 200 or 201) _config[collection][id] = (body, version);
        }

        var what = Singular(collection);
        await (status switch
        {
            409 => ProblemAsync(http, 409, $"The {what} exists already", $"{what} '{id}' exists; PUT /api/{collection}/{id} with If-Match replaces it."),
            428 => ProblemAsync(http, 428, "If-Match is required to replace", $"{what} '{id}' exists: send the ETag you read in If-Match."),
            412 => ProblemAsync(http, 412, $"The {what} was changed by someone else", $"{what} '{id}' changed since you read it (its ETag no longer matches If-Match)."),
            _ => WrittenAsync(http, status, collection, id, body, version),
        });
    }

    private Task WrittenAsync(HttpContext http, int status, string collection, string id, JsonObject body, int version)
    {
        http.Response.Headers.ETag = ETag(version);
        if (status == 201) http.Response.Headers.Location = $"/api/{collection}/{id}";
        return JsonAsync(http, status, View(collection, body, version));
    }

    private Task DeleteAsync(HttpContext http, string collection, string id)
    {
        lock (_gate)
        {
            if (!_config[collection].Remove(id)) return NotFoundAsync(http, collection, id);
        }

        http.Response.StatusCode = 204;
        return Task.CompletedTask;
    }

    private static Dictionary<string, string[]> Validate(string collection, JsonObject body, string? routeId)
    {
        var errors = new Dictionary<string, string[]>();
        foreach (var unknown in body.Select(m => m.Key).Where(k => !s_allowed[collection].Contains(k)))
        {
            errors["$." + unknown] = [$"The JSON property '{unknown}' could not be mapped to any .NET member."];
        }

        foreach (var member in s_required[collection].Where(m => !(m == "id" && routeId is not null) && body[m] is null))
        {
            errors[member] = ["required"];
        }

        if (body["sensitivity"] is { } s && s.GetValue<string>() is not ("low" or "medium" or "high")) errors["sensitivity"] = ["must be low, medium or high"];
        if (routeId is not null && body["id"] is { } bodyId && bodyId.GetValue<string>() != routeId) errors["id"] = ["ids cannot be renamed"];
        return errors;
    }

    private static JsonObject View(string collection, JsonObject body, int version)
    {
        var view = (JsonObject)body.DeepClone();
        if (collection == "topics")
        {
            view["sensitivity"] ??= "medium";
            view["languages"] ??= null;
            view["escalationChannelId"] ??= null;
        }
        else
        {
            view["pollIntervalSeconds"] ??= 60;
            view["name"] ??= null;
            view["query"] ??= null;
            view["health"] = new JsonObject { ["lastSuccess"] = null, ["consecutiveFailures"] = 0, ["itemsCounted"] = 0, ["status"] = "pending" };
        }

        view["enabled"] ??= true;
        view["etag"] = ETag(version);
        return view;
    }

    private static string ETag(int version) => $"W/\"datetime'2026-11-23T14%3A00%3A0{version}Z'\"";

    private static string Singular(string collection) => collection.TrimEnd('s');

    private static async Task<(JsonObject? Body, Task? Problem)> ReadBodyAsync(HttpContext http)
    {
        if (http.Request.ContentType?.StartsWith("application/json", StringComparison.Ordinal) != true)
        {
            return (null, ProblemAsync(http, 415, "The body must be JSON", "Send 'Content-Type: application/json'."));
        }

        using var reader = new StreamReader(http.Request.Body, Encoding.UTF8);
        try
        {
            return JsonNode.Parse(await reader.ReadToEndAsync()) is JsonObject body
                ? (body, null)
                : (null, ValidationAsync(http, "The body is not valid JSON for this request", new() { ["$"] = ["send a JSON object"] }));
        }
        catch (JsonException ex)
        {
            return (null, ValidationAsync(http, "The body is not valid JSON for this request", new() { ["$"] = [ex.Message] }));
        }
    }

    private static Task NotFoundAsync(HttpContext http, string collection, string id) =>
        ProblemAsync(http, 404, $"No such {Singular(collection)}", $"There is no {Singular(collection)} '{id}'.");

    private static Task ValidationAsync(HttpContext http, string title, Dictionary<string, string[]> errors) =>
        WriteProblemAsync(http, 400, title, string.Join(" ", errors.SelectMany(e => e.Value.Select(m => $"{e.Key}: {m}"))),
            new JsonObject(errors.Select(e => KeyValuePair.Create(e.Key, (JsonNode?)new JsonArray(e.Value.Select(m => (JsonNode?)m).ToArray())))));

    private static Task ProblemAsync(HttpContext http, int status, string title, string detail) => WriteProblemAsync(http, status, title, detail, null);

    private static async Task WriteProblemAsync(HttpContext http, int status, string title, string detail, JsonObject? errors)
    {
        var problem = new JsonObject { ["type"] = "https://tools.ietf.org/html/rfc9110", ["title"] = title, ["status"] = status, ["detail"] = detail };
        if (errors is not null) problem["errors"] = errors;
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/problem+json";
        await http.Response.WriteAsync(problem.ToJsonString());
    }

    private static async Task JsonAsync(HttpContext http, int status, JsonObject body)
    {
        http.Response.StatusCode = status;
        http.Response.ContentType = "application/json; charset=utf-8";
        await http.Response.WriteAsync(body.ToJsonString());
    }

    public ValueTask DisposeAsync() => _server.DisposeAsync();
}
