using System.Globalization;
using Alerts.Storage.Tables;
using Azure.Data.Tables;

namespace Alerts.Storage.Alerts;

/// <summary>
/// Table <c>digests</c>: per channel (partition), the notifications that could not be posted because the channel's
/// webhook budget for the hour was spent (rows <c>pending|{alert}|{revision}</c>), and when the last digest card went
/// out (row <c>last</c>). A pending row is removed only after a digest listing it was accepted, so nothing is lost;
/// adding the same notification again rewrites the same row, so nothing is listed twice.
/// </summary>
public sealed class DigestStore(AlertsTables tables)
{
    private const string PendingPrefix = "pending|";
    private const string LastRow = "last";

    public async Task AddPendingAsync(string channelId, string alertId, int revision, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Digests, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(channelId, Row(alertId, revision))
        {
            ["AlertId"] = alertId,
            ["Revision"] = revision,
            ["DeferredAt"] = at,
        }, TableUpdateMode.Merge, cancellationToken);
    }

    /// <summary>The channels with pending notifications and each one's pending entries, oldest first.</summary>
    public async Task<IReadOnlyDictionary<string, IReadOnlyList<PendingDigestEntry>>> ListPendingAsync(CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Digests, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"RowKey ge {PendingPrefix} and RowKey lt {"pending}"}");
        var result = new Dictionary<string, List<PendingDigestEntry>>(StringComparer.Ordinal);
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            if (!result.TryGetValue(e.PartitionKey, out var list)) result[e.PartitionKey] = list = [];
            list.Add(new PendingDigestEntry(e.PartitionKey, e.GetString("AlertId"), e.GetInt32("Revision") ?? 0, e.GetDateTimeOffset("DeferredAt") ?? default));
        }

        return result.ToDictionary(p => p.Key, p => (IReadOnlyList<PendingDigestEntry>)p.Value.OrderBy(x => x.DeferredAt).ToList(), StringComparer.Ordinal);
    }

    public async Task RemovePendingAsync(PendingDigestEntry entry, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Digests, cancellationToken);
        await table.DeleteEntityAsync(entry.ChannelId, Row(entry.AlertId, entry.Revision), Azure.ETag.All, cancellationToken);
    }

    public async Task<DateTimeOffset?> LastSentAsync(string channelId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Digests, cancellationToken);
        var e = await table.GetEntityIfExistsAsync<TableEntity>(channelId, LastRow, cancellationToken: cancellationToken);
        return e.HasValue ? e.Value!.GetDateTimeOffset("SentAt") : null;
    }

    public async Task RecordSentAsync(string channelId, DateTimeOffset at, int entries, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Digests, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(channelId, LastRow) { ["SentAt"] = at, ["Entries"] = entries }, TableUpdateMode.Replace, cancellationToken);
    }

    private static string Row(string alertId, int revision) =>
        string.Create(CultureInfo.InvariantCulture, $"{PendingPrefix}{alertId}|{revision:D8}");
}
