using Alerts.Domain.Configuration;
using Alerts.Domain.Topics;
using Alerts.Storage.Configuration;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Scanning;

/// <summary>
/// The enabled topics compiled into one matcher, shared by concurrent scans and rebuilt after
/// <see cref="ScanOptions.TopicRefresh"/>, so a scan costs no topic reads.
/// </summary>
public sealed partial class TopicCatalog(ConfigStore config, IOptions<ScanOptions> options, TimeProvider time, ILogger<TopicCatalog> logger)
{
    private readonly SemaphoreSlim _gate = new(1, 1);
    private Snapshot? _snapshot;
    private int _generation;

    public sealed record Snapshot(TopicMatcher Matcher, IReadOnlyDictionary<string, TopicConfig> Topics, DateTimeOffset LoadedAt);

    public async Task<Snapshot> GetAsync(CancellationToken cancellationToken)
    {
        var current = _snapshot;
        if (current is not null && time.GetUtcNow() - current.LoadedAt < options.Value.TopicRefresh) return current;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            current = _snapshot;
            if (current is not null && time.GetUtcNow() - current.LoadedAt < options.Value.TopicRefresh) return current;
            var generation = Volatile.Read(ref _generation);
            var topics = (await config.ListTopicsAsync(cancellationToken)).Select(v => v.Value).Where(t => t.Enabled).ToList();
            var definitions = new List<TopicDefinition>();
            foreach (var t in topics)
            {
                if (TopicQuery.TryParse(t.Query, out var query, out var error))
                {
                    definitions.Add(new TopicDefinition(t.Id, t.Name, query!, t.Languages?.ToHashSet(StringComparer.OrdinalIgnoreCase)));
                }
                else
                {
                    Log.BadStoredQuery(logger, t.Id, error!.Message);
                }
            }

            var loaded = new Snapshot(new TopicMatcher(definitions), topics.ToDictionary(t => t.Id, StringComparer.Ordinal), time.GetUtcNow());

            // An edit that invalidated the catalog while we read must not be hidden behind this older read.
            if (Volatile.Read(ref _generation) == generation) _snapshot = loaded;
            return loaded;
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <summary>Forget the compiled topics (after an edit through the API).</summary>
    public void Invalidate()
    {
        Interlocked.Increment(ref _generation);
        _snapshot = null;
    }

    private static partial class Log
    {
        [LoggerMessage(1, LogLevel.Warning, "Topic {TopicId} is skipped: its stored query does not parse ({Error})")]
        public static partial void BadStoredQuery(ILogger logger, string topicId, string error);
    }
}
