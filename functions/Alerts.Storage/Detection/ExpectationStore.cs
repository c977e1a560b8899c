using Alerts.Storage.Tables;
using Azure.Data.Tables;

namespace Alerts.Storage.Detection;

/// <summary>
/// Table <c>expectations</c>: one row per topic (partition) and evaluated bucket (row key <c>yyyyMMddHHmmss</c>, so
/// ranges read in time order), for charts of observed against expected. Rows are upserted in transactions of up to
/// 100, so evaluating a bucket again (a crash before the detector state was saved) rewrites the same row.
/// </summary>
public sealed class ExpectationStore(AlertsTables tables)
{
    /// <summary>The service's limit on operations in one table transaction.</summary>
    private const int MaxBatch = 100;

    public async Task WriteAsync(string topicId, IReadOnlyList<BucketExpectation> expectations, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(topicId);
        ArgumentNullException.ThrowIfNull(expectations);
        if (expectations.Count == 0) return;
        var table = await tables.GetAsync(TableNames.Expectations, cancellationToken);

        // One transaction may not touch a row twice: the last expectation for a bucket wins.
        var rows = expectations
            .GroupBy(e => TableKeys.BucketRow(e.Start), StringComparer.Ordinal)
            .Select(g => ToEntity(topicId, g.Key, g.Last()))
            .ToList();
        foreach (var chunk in rows.Chunk(MaxBatch))
        {
            await table.SubmitTransactionAsync(chunk.Select(e => new TableTransactionAction(TableTransactionActionType.UpsertReplace, e)), cancellationToken);
        }
    }

    /// <summary>The stored buckets with <paramref name="from"/> ≤ start &lt; <paramref name="toExclusive"/>, oldest first.</summary>
    public async Task<IReadOnlyList<BucketExpectation>> GetRangeAsync(string topicId, DateTimeOffset from, DateTimeOffset toExclusive, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Expectations, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"PartitionKey eq {topicId} and RowKey ge {TableKeys.BucketRow(from)} and RowKey lt {TableKeys.BucketRow(toExclusive)}");
        var result = new List<BucketExpectation>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            var spikes = e.GetString("Spikes") is { Length: > 0 } text ? text.Split(',') : [];
            result.Add(new BucketExpectation(TableKeys.BucketStart(e.RowKey), e.GetDouble("ExpectedMentions"), e.GetDouble("ExpectedNegative"), e.GetDouble("ExpectedPositive"), spikes));
        }

        return result;
    }

    private static TableEntity ToEntity(string topicId, string row, BucketExpectation e) => new(topicId, row)
    {
        ["ExpectedMentions"] = e.ExpectedMentions,
        ["ExpectedNegative"] = e.ExpectedNegative,
        ["ExpectedPositive"] = e.ExpectedPositive,
        ["Spikes"] = string.Join(',', e.Spikes),
    };
}
