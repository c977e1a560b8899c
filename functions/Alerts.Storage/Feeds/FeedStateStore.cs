using System.Runtime.InteropServices;
using System.Text;
using System.Text.Json;
using Alerts.Storage.Tables;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Storage.Feeds;

/// <summary>One row per feed in <c>feedstate</c>, replaced only with the ETag it was read with.</summary>
public sealed class FeedStateStore(AlertsTables tables)
{
    // Table string properties hold at most 64 KiB (32K UTF-16 chars); the journal is split into chunks below that.
    private const int ChunkChars = 30_000;
    // An entity holds at most 1 MiB: 13 chunks of 30,000 UTF-16 characters (≈ 780 KB) leave room for the seen keys (128 KiB).
    private const int MaxChunks = 13;

    // A binary property holds at most 64 KiB: the seen keys go in properties SeenKeys, SeenKeys1, … of 4,096 keys (32 KiB).
    private const int KeysPerProperty = 4096;

    public async Task<(FeedState State, ETag ETag)> GetAsync(string feedId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.FeedState, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(feedId, TableKeys.StateRow, cancellationToken: cancellationToken);
        return response.HasValue ? (FromEntity(response.Value!), response.Value!.ETag) : (new FeedState(), default);
    }

    /// <summary>Writes the state if nobody changed it since <paramref name="etag"/> (default = create); false on a lost race.</summary>
    public async Task<bool> TryWriteAsync(string feedId, FeedState state, ETag etag, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.FeedState, cancellationToken);
        return await table.TryAddOrReplaceAsync(ToEntity(feedId, state), etag, cancellationToken);
    }

    /// <summary>
    /// Records that a scan was enqueued, in the feed's own <see cref="TableKeys.EnqueuedRow"/>. Any write to the state row,
    /// even a one-property merge, changes its ETag, so a scan in progress then lost its conditional write and fetched the
    /// feed again (measured by scripts/bench.sh, docs/results.md); a separate row leaves the scan's ETag alone.
    /// </summary>
    public async Task MarkEnqueuedAsync(string feedId, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.FeedState, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(feedId, TableKeys.EnqueuedRow) { ["LastEnqueuedAt"] = at }, TableUpdateMode.Replace, cancellationToken);
    }

    /// <summary>Every feed's state, with <see cref="FeedState.LastEnqueuedAt"/> from its enqueue mark.</summary>
    public async Task<IReadOnlyDictionary<string, FeedState>> ListAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.FeedState, cancellationToken);
        var result = new Dictionary<string, FeedState>(StringComparer.Ordinal);
        var enqueued = new Dictionary<string, DateTimeOffset>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<TableEntity>(cancellationToken: cancellationToken))
        {
            if (e.RowKey == TableKeys.EnqueuedRow)
            {
                if (e.GetDateTimeOffset("LastEnqueuedAt") is { } at) enqueued[e.PartitionKey] = at;
            }
            else if (e.RowKey == TableKeys.StateRow)
            {
                result[e.PartitionKey] = FromEntity(e);
            }
        }

        foreach (var (feedId, at) in enqueued)
        {
            // State rows written before the mark had its own row may still carry a LastEnqueuedAt: the later one counts.
            if (!result.TryGetValue(feedId, out var state)) result[feedId] = state = new FeedState();
            if (state.LastEnqueuedAt is not { } own || at > own) state.LastEnqueuedAt = at;
        }

        return result;
    }

    private static TableEntity ToEntity(string feedId, FeedState s)
    {
        var pending = s.Pending is null ? string.Empty : JsonSerializer.Serialize(s.Pending, StorageJsonContext.Default.PendingScan);
        var chunks = pending.Chunk(ChunkChars).Select(c => new string(c)).ToList();
        if (chunks.Count > MaxChunks)
        {
            throw new InvalidOperationException($"feed '{feedId}': the scan journal is {pending.Length} characters, over the {ChunkChars * MaxChunks} a row holds");
        }

        var e = new TableEntity(feedId, TableKeys.StateRow)
        {
            ["PendingChunks"] = chunks.Count,
            ["FetchETag"] = s.ETag,
            ["LastModified"] = s.LastModified,
            ["LastSuccess"] = s.LastSuccess,
            ["LastFailure"] = s.LastFailure,
            ["ConsecutiveFailures"] = s.ConsecutiveFailures,
            ["LastError"] = Truncate(s.LastError, 1000),
            ["NextAttemptNotBefore"] = s.NextAttemptNotBefore,
            ["LastEnqueuedAt"] = s.LastEnqueuedAt,
            ["ItemsCounted"] = s.ItemsCounted,
            ["HasScanned"] = s.HasScanned,
            ["JournalSequence"] = s.JournalSequence,
        };
        for (var i = 0; i < chunks.Count; i++) e[$"Pending{i}"] = chunks[i];
        var keys = CollectionsMarshal.AsSpan(s.SeenKeys);
        for (var i = 0; i * KeysPerProperty < Math.Max(keys.Length, 1); i++)
        {
            var part = keys.Slice(i * KeysPerProperty, Math.Min(KeysPerProperty, keys.Length - i * KeysPerProperty));
            e[SeenKeysProperty(i)] = MemoryMarshal.AsBytes(part).ToArray();
        }

        return e;
    }

    private static FeedState FromEntity(TableEntity e)
    {
        var state = new FeedState
        {
            ETag = e.GetString("FetchETag"),
            LastModified = e.GetDateTimeOffset("LastModified"),
            LastSuccess = e.GetDateTimeOffset("LastSuccess"),
            LastFailure = e.GetDateTimeOffset("LastFailure"),
            ConsecutiveFailures = e.GetInt32("ConsecutiveFailures") ?? 0,
            LastError = e.GetString("LastError"),
            NextAttemptNotBefore = e.GetDateTimeOffset("NextAttemptNotBefore"),
            LastEnqueuedAt = e.GetDateTimeOffset("LastEnqueuedAt"),
            ItemsCounted = e.GetInt64("ItemsCounted") ?? 0,
            HasScanned = e.GetBoolean("HasScanned") ?? false,
            JournalSequence = e.GetInt64("JournalSequence") ?? 0,
        };
        for (var i = 0; e.GetBinary(SeenKeysProperty(i)) is { } bytes; i++) state.SeenKeys.AddRange(MemoryMarshal.Cast<byte, ulong>(bytes));
        var chunks = e.GetInt32("PendingChunks") ?? 0;
        if (chunks > 0)
        {
            var json = new StringBuilder();
            for (var i = 0; i < chunks; i++) json.Append(e.GetString($"Pending{i}"));
            state.Pending = JsonSerializer.Deserialize(json.ToString(), StorageJsonContext.Default.PendingScan);
        }

        return state;
    }

    private static string SeenKeysProperty(int i) => i == 0 ? "SeenKeys" : $"SeenKeys{i}";

    private static string? Truncate(string? s, int max) => s is null || s.Length <= max ? s : s[..max];
}
