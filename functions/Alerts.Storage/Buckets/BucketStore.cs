using System.Runtime.InteropServices;
using System.Text.Json;
using Alerts.Storage.Tables;
using Azure.Data.Tables;

namespace Alerts.Storage.Buckets;

/// <summary>
/// Per-topic time buckets in <c>buckets</c> (partition = topic, row = bucket start). A scan's contributions to one
/// topic are merged and written as one entity-group transaction with ETags, so writes grow with topics and buckets
/// touched, not with items, and concurrent scans never lose an update: a lost race re-reads and re-merges.
/// </summary>
public sealed class BucketStore(AlertsTables tables)
{
    private const int MaxAttempts = 8;

    /// <summary>Merges journal <paramref name="sequence"/> of feed <paramref name="feedId"/> into a topic's buckets; repeats are no-ops.</summary>
    public async Task<int> ApplyAsync(string topicId, IReadOnlyList<(DateTimeOffset Start, BucketAggregate Contribution)> contributions, string feedId, long sequence, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Buckets, cancellationToken);
        for (var attempt = 1; ; attempt++)
        {
            var actions = new List<TableTransactionAction>();
            foreach (var (start, contribution) in contributions)
            {
                var row = TableKeys.BucketRow(start);
                var existing = await table.GetEntityIfExistsAsync<TableEntity>(topicId, row, cancellationToken: cancellationToken);
                var aggregate = existing.HasValue ? FromEntity(existing.Value!) : new BucketAggregate();
                if (!aggregate.Merge(contribution, feedId, sequence)) continue;
                var entity = ToEntity(topicId, row, aggregate);
                actions.Add(existing.HasValue
                    ? new TableTransactionAction(TableTransactionActionType.UpdateReplace, entity, existing.Value!.ETag)
                    : new TableTransactionAction(TableTransactionActionType.Add, entity));
            }

            if (actions.Count == 0) return 0;
            try
            {
                foreach (var batch in actions.Chunk(100))
                {
                    await table.SubmitTransactionAsync(batch, cancellationToken);
                }

                return actions.Count;
            }
            catch (TableTransactionFailedException ex) when (ex.Status is 409 or 412 && attempt < MaxAttempts)
            {
                // Another scan wrote one of these buckets first: read again and re-merge.
            }
        }
    }

    public async Task<IReadOnlyList<StoredBucket>> GetRangeAsync(string topicId, DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Buckets, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {topicId} and RowKey ge {TableKeys.BucketRow(from)} and RowKey lt {TableKeys.BucketRow(toExclusive)}");
        var result = new List<StoredBucket>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add(new StoredBucket(topicId, TableKeys.BucketStart(e.RowKey), FromEntity(e)));
        }

        return result;
    }

    private static TableEntity ToEntity(string topicId, string row, BucketAggregate a) => new(topicId, row)
    {
        ["Mentions"] = a.Mentions,
        ["Negative"] = a.Emotion.Negative,
        ["Positive"] = a.Emotion.Positive,
        ["Reach"] = a.Reach,
        ["DistinctSources"] = a.DistinctSources,
        ["DistinctAuthors"] = a.DistinctAuthors,
        ["SourceHashes"] = ToBytes(a.SourceHashes),
        ["AuthorHashes"] = ToBytes(a.AuthorHashes),
        ["Document"] = JsonSerializer.Serialize(new BucketDocument(a.TopItems, a.Emotion, a.AppliedJournals), StorageJsonContext.Default.BucketDocument),
    };

    private static BucketAggregate FromEntity(TableEntity e)
    {
        var doc = JsonSerializer.Deserialize(e.GetString("Document") ?? "{}", StorageJsonContext.Default.BucketDocument);
        return new BucketAggregate
        {
            Mentions = e.GetInt32("Mentions") ?? 0,
            Reach = e.GetInt64("Reach") ?? 0,
            SourceHashes = FromBytes(e.GetBinary("SourceHashes")),
            AuthorHashes = FromBytes(e.GetBinary("AuthorHashes")),
            TopItems = doc?.TopItems ?? [],
            Emotion = doc?.Emotion ?? new(),
            AppliedJournals = doc?.AppliedJournals ?? new(StringComparer.Ordinal),
        };
    }

    private static byte[] ToBytes(HashSet<uint> set) => MemoryMarshal.AsBytes(set.ToArray().AsSpan()).ToArray();

    private static HashSet<uint> FromBytes(byte[]? bytes) => bytes is null ? [] : [.. MemoryMarshal.Cast<byte, uint>(bytes)];
}
