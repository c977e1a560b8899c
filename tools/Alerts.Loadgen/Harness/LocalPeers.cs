using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace Alerts.Loadgen.Harness;

/// <summary>
/// The app's HTTP peers on one loopback port: feeds at <c>/feeds/{id}.xml</c> (rendered by a callback, with ETags so
/// an unchanged document answers 304 as real feeds do) and a Teams Workflows receiver at <c>/teams/{channel}</c> that
/// records when each card arrived.
/// </summary>
public sealed class LocalPeers : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly ConcurrentDictionary<string, DateTimeOffset> _firstFetch = new(StringComparer.Ordinal);
    private readonly ConcurrentQueue<ReceivedCard> _cards = new();
    private long _fetches;

    private LocalPeers(WebApplication app) => _app = app;

    /// <summary>Renders a feed document for an id at a time; null for an unknown feed (404).</summary>
    public Func<string, DateTimeOffset, byte[]?> Feeds { get; set; } = (_, _) => null;

    public string BaseUrl { get; private set; } = "";

    public long Fetches => Interlocked.Read(ref _fetches);

    public IReadOnlyCollection<ReceivedCard> Cards => _cards;

    public DateTimeOffset? FirstFetch(string feedId) => _firstFetch.TryGetValue(feedId, out var at) ? at : null;

    public string FeedUrl(string feedId) => $"{BaseUrl}/feeds/{feedId}.xml";

    public string TeamsUrl(string channel) => $"{BaseUrl}/teams/{channel}";

    public static async Task<LocalPeers> StartAsync()
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.Logging.ClearProviders();
        builder.WebHost.ConfigureKestrel(k => k.Listen(IPAddress.Loopback, 0));
        var app = builder.Build();
        var peers = new LocalPeers(app);
        app.MapGet("/feeds/{file}", (string file, HttpContext context) => peers.ServeFeed(file, context));
        app.MapPost("/teams/{channel}", async (string channel, HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var body = await reader.ReadToEndAsync(context.RequestAborted);
            peers._cards.Enqueue(new ReceivedCard(channel, DateTimeOffset.UtcNow, body));
            return Results.Accepted();
        });
        await app.StartAsync();
        peers.BaseUrl = app.Urls.First().TrimEnd('/');
        return peers;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    private IResult ServeFeed(string file, HttpContext context)
    {
        var now = DateTimeOffset.UtcNow;
        var id = file.EndsWith(".xml", StringComparison.Ordinal) ? file[..^4] : file;
        var document = Feeds(id, now);
        if (document is null) return Results.NotFound();
        Interlocked.Increment(ref _fetches);
        _firstFetch.TryAdd(id, now);
        var etag = "\"" + Convert.ToHexString(System.IO.Hashing.XxHash64.Hash(document)) + "\"";
        context.Response.Headers.ETag = etag;
        if (context.Request.Headers.IfNoneMatch.ToString() == etag) return Results.StatusCode(StatusCodes.Status304NotModified);
        return Results.Bytes(document, "application/rss+xml; charset=utf-8");
    }
}

/// <summary>A card the Teams receiver got: channel, arrival time, body.</summary>
public sealed record ReceivedCard(string Channel, DateTimeOffset At, string Body);
