using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Alerts.Loadgen.Harness;

/// <summary>
/// A reverse proxy in front of one Azurite service that counts the requests passing through it: each request is one
/// storage transaction (a table batch is one request, as Azure bills it). The app's connection string points here.
/// </summary>
public sealed class CountingProxy : IAsyncDisposable
{
    private static readonly HashSet<string> _hopHeaders = new(StringComparer.OrdinalIgnoreCase)
    {
        "Host", "Connection", "Transfer-Encoding", "Keep-Alive", "Upgrade", "Proxy-Connection",
    };

    private readonly WebApplication _app;
    private readonly HttpClient _client;
    private long _requests;
    private long _batches;
    private long _conflicts;

    private CountingProxy(WebApplication app, HttpClient client)
    {
        _app = app;
        _client = client;
    }

    public int Port { get; private set; }

    public long Requests => Interlocked.Read(ref _requests);

    public long Batches => Interlocked.Read(ref _batches);

    /// <summary>Answers 409 or 412: a write lost an optimistic-concurrency race (or an add found the row already there).</summary>
    public long Conflicts => Interlocked.Read(ref _conflicts);

    /// <summary>When set, each conflict is reported (method and path) for diagnosis.</summary>
    public Action<string>? OnConflict { get; set; }

    public static async Task<CountingProxy> StartAsync(int targetPort)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var client = new HttpClient(new SocketsHttpHandler { UseProxy = false, AllowAutoRedirect = false, MaxConnectionsPerServer = 256 })
        {
            BaseAddress = new Uri($"http://127.0.0.1:{targetPort}"),
            Timeout = TimeSpan.FromMinutes(2),
        };
        var proxy = new CountingProxy(app, client);
        app.Run(proxy.ForwardAsync);
        await app.StartAsync();
        proxy.Port = new Uri(app.Urls.First()).Port;
        return proxy;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
        _client.Dispose();
    }

    private async Task ForwardAsync(HttpContext context)
    {
        Interlocked.Increment(ref _requests);
        var path = context.Request.Path.Value ?? "/";
        if (path.EndsWith("/$batch", StringComparison.Ordinal)) Interlocked.Increment(ref _batches);

        using var request = new HttpRequestMessage(new HttpMethod(context.Request.Method), path + context.Request.QueryString);
        if (context.Request.ContentLength > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            request.Content = new StreamContent(context.Request.Body);
        }

        foreach (var (name, values) in context.Request.Headers)
        {
            if (_hopHeaders.Contains(name)) continue;
            if (!request.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values)) request.Content?.Headers.TryAddWithoutValidation(name, (IEnumerable<string?>)values);
        }

        using var response = await _client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, context.RequestAborted);
        context.Response.StatusCode = (int)response.StatusCode;
        if (response.StatusCode is HttpStatusCode.Conflict or HttpStatusCode.PreconditionFailed)
        {
            Interlocked.Increment(ref _conflicts);
            OnConflict?.Invoke($"{context.Request.Method} {path} → {(int)response.StatusCode}");
        }
        foreach (var (name, values) in response.Headers.Concat(response.Content.Headers))
        {
            if (_hopHeaders.Contains(name)) continue;
            context.Response.Headers[name] = values.ToArray();
        }

        await response.Content.CopyToAsync(context.Response.Body, context.RequestAborted);
    }
}
