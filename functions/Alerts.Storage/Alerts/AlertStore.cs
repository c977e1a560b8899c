using System.Text;
using System.Text.Json;
using Alerts.Alerting;
using Alerts.Storage.Tables;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Storage.Alerts;

/// <summary>
/// The <c>alerts</c> table: one row per alert (PK = alert id, RK <c>alert</c>) holding the alert JSON in chunks,
/// plus one index row per dedup key (PK <c>open</c>, RK = <c>topicId|signal</c>) naming the key's newest alert.
/// A new alert may take the index only while the alert it names is resolved (or missing), so at most one alert
/// per key is open. Every write is conditional on the ETag it was read with.
/// </summary>
public sealed class AlertStore(AlertsTables tables)
{
    public const string AlertRow = "alert";
    public const string IndexPartition = "open";

    // Table string properties hold at most 64 KiB (32K UTF-16 chars); the JSON is split into chunks below that.
    private const int ChunkChars = 30_000;
    private const int MaxChunks = 24;

    public static string IndexRow(DedupKey key) => $"{key.TopicId}|{key.Signal}";

    /// <summary>The alert and the ETag to write it back with, or (null, default).</summary>
    public async Task<(Alert? Alert, ETag ETag)> GetAsync(string alertId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Alerts, cancellationToken);
        var response = await table.GetEntityIfExistsAsync<TableEntity>(alertId, AlertRow, cancellationToken: cancellationToken);
        return response.HasValue ? (FromEntity(response.Value!), response.Value!.ETag) : (null, default);
    }

    /// <summary>
    /// The newest alert for the key, open or resolved (the lifecycle consults a resolved one for redelivered and
    /// late messages), or (null, default) when the key never had one.
    /// </summary>
    public async Task<(Alert? Alert, ETag ETag)> GetLatestForKeyAsync(DedupKey key, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Alerts, cancellationToken);
        var index = await table.GetEntityIfExistsAsync<TableEntity>(IndexPartition, IndexRow(key), cancellationToken: cancellationToken);
        return index.HasValue && index.Value!.GetString("AlertId") is { Length: > 0 } id ? await GetAsync(id, cancellationToken) : (null, default);
    }

    /// <summary>The open alert for the key, or (null, default).</summary>
    public async Task<(Alert? Alert, ETag ETag)> GetOpenForKeyAsync(DedupKey key, CancellationToken cancellationToken)
    {
        var latest = await GetLatestForKeyAsync(key, cancellationToken);
        return latest.Alert is { IsOpen: true } ? latest : (null, default);
    }

    /// <summary>
    /// Writes the alert if nobody changed it since <paramref name="etag"/>; default = a new alert, which also takes
    /// the key's index row and fails while another alert for the key is open. False on a lost race: reload and re-apply.
    /// </summary>
    public async Task<bool> TryWriteAsync(Alert alert, ETag etag, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(alert);
        var table = await tables.GetAsync(TableNames.Alerts, cancellationToken);
        var entity = ToEntity(alert);
        try
        {
            if (etag == default)
            {
                if (!await TryTakeIndexAsync(table, alert, cancellationToken)) return false;
                await table.AddEntityAsync(entity, cancellationToken);
            }
            else
            {
                await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken);
            }

            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }

    /// <summary>Every alert that is not resolved.</summary>
    public Task<IReadOnlyList<(Alert Alert, ETag ETag)>> ListOpenAsync(CancellationToken cancellationToken) =>
        ListAsync(topicId: null, open: true, cancellationToken);

    /// <summary>Alerts of one topic (or all), open ones only, resolved ones only, or both (<paramref name="open"/> null).</summary>
    public async Task<IReadOnlyList<(Alert Alert, ETag ETag)>> ListAsync(string? topicId, bool? open, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Alerts, cancellationToken);
        var filter = TableClient.CreateQueryFilter($"RowKey eq {AlertRow}");
        if (topicId is not null) filter += " and " + TableClient.CreateQueryFilter($"TopicId eq {topicId}");
        if (open is { } o) filter += " and " + TableClient.CreateQueryFilter($"IsOpen eq {o}");
        var result = new List<(Alert, ETag)>();
        await foreach (var e in table.QueryAsync<TableEntity>(filter, cancellationToken: cancellationToken))
        {
            result.Add((FromEntity(e), e.ETag));
        }

        return result;
    }

    private async Task<bool> TryTakeIndexAsync(TableClient table, Alert alert, CancellationToken cancellationToken)
    {
        var row = IndexRow(alert.Key);
        var index = new TableEntity(IndexPartition, row) { ["AlertId"] = alert.Id };
        var current = await table.GetEntityIfExistsAsync<TableEntity>(IndexPartition, row, cancellationToken: cancellationToken);
        if (!current.HasValue)
        {
            await table.AddEntityAsync(index, cancellationToken);
            return true;
        }

        var currentId = current.Value!.GetString("AlertId");
        if (string.Equals(currentId, alert.Id, StringComparison.Ordinal))
        {
            return true; // an earlier attempt took the index and stopped before writing the alert
        }

        if (currentId is { Length: > 0 } && (await GetAsync(currentId, cancellationToken)).Alert is { IsOpen: true })
        {
            return false;
        }

        await table.UpdateEntityAsync(index, current.Value.ETag, TableUpdateMode.Replace, cancellationToken);
        return true;
    }

    private static TableEntity ToEntity(Alert alert)
    {
        var json = JsonSerializer.Serialize(alert, AlertJsonContext.Default.Alert);
        var chunks = json.Chunk(ChunkChars).Select(c => new string(c)).ToList();
        if (chunks.Count > MaxChunks)
        {
            throw new InvalidOperationException($"alert '{alert.Id}': {json.Length} characters of JSON, over the {ChunkChars * MaxChunks} a row holds");
        }

        var e = new TableEntity(alert.Id, AlertRow)
        {
            ["TopicId"] = alert.Key.TopicId,
            ["Signal"] = alert.Key.Signal,
            ["State"] = alert.State.ToString(),
            ["IsOpen"] = alert.IsOpen,
            ["Revision"] = alert.Revision,
            ["JsonChunks"] = chunks.Count,
        };
        for (var i = 0; i < chunks.Count; i++) e[$"Json{i}"] = chunks[i];
        return e;
    }

    private static Alert FromEntity(TableEntity e)
    {
        var json = new StringBuilder();
        var chunks = e.GetInt32("JsonChunks") ?? 0;
        for (var i = 0; i < chunks; i++) json.Append(e.GetString($"Json{i}"));
        return JsonSerializer.Deserialize(json.ToString(), AlertJsonContext.Default.Alert)
            ?? throw new InvalidOperationException($"alert row '{e.PartitionKey}' holds no alert");
    }
}
