using Microsoft.Extensions.Logging;

namespace Alerts.Feeds;

/// <summary>The scan pipeline's entry point: picks the adapter for <see cref="FeedSource.Kind"/>.</summary>
public sealed partial class FeedReader : IFeedReader
{
    private readonly Dictionary<FeedKind, IFeedAdapter> _adapters;
    private readonly ILogger<FeedReader> _logger;

    public FeedReader(IEnumerable<IFeedAdapter> adapters, ILogger<FeedReader> logger)
    {
        ArgumentNullException.ThrowIfNull(adapters);
        _adapters = adapters.ToDictionary(a => a.Kind);
        _logger = logger;
    }

    public async Task<FetchResult> FetchAsync(FeedSource source, FetchState? previous, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(source);
        if (!_adapters.TryGetValue(source.Kind, out var adapter))
        {
            throw new NotSupportedException($"no feed adapter is registered for {source.Kind} (source {source.Id})");
        }

        try
        {
            var result = await adapter.FetchAsync(source, previous, ct).ConfigureAwait(false);
            Log.Fetched(_logger, source.Id, result.Status, result.Feed?.Items.Count ?? 0, result.Feed?.Warnings.Count ?? 0, result.Elapsed.TotalMilliseconds);
            return result;
        }
        catch (FeedFetchException ex)
        {
            Log.Failed(_logger, source.Id, ex.Kind, ex);
            throw;
        }
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Information, Message = "Feed {SourceId}: {Status}, {Items} items, {Warnings} warnings in {ElapsedMs:0} ms")]
        public static partial void Fetched(ILogger logger, string sourceId, FetchStatus status, int items, int warnings, double elapsedMs);

        [LoggerMessage(EventId = 2, Level = LogLevel.Warning, Message = "Feed {SourceId} failed: {Kind}")]
        public static partial void Failed(ILogger logger, string sourceId, FeedFailureKind kind, Exception exception);
    }
}
