using Alerts.Storage.Tables;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Storage.Detection;

/// <summary>One row per topic in <c>detectorstate</c>: the detector's versioned binary state (≤ 4 KiB), replaced with its ETag.</summary>
public sealed class DetectorStateStore(AlertsTables tables)
{
    public async Task<(byte[]? State, ETag ETag)> GetAsync(string topicId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.DetectorState, cancellationToken);
        var e = await table.GetEntityIfExistsAsync<TableEntity>(topicId, TableKeys.StateRow, cancellationToken: cancellationToken);
        return e.HasValue ? (e.Value!.GetBinary("State"), e.Value.ETag) : (null, default);
    }

    /// <summary>False when another evaluator wrote first; the caller drops its result (that evaluator's stands).</summary>
    public async Task<bool> TryWriteAsync(string topicId, byte[] state, ETag etag, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.DetectorState, cancellationToken);
        return await table.TryAddOrReplaceAsync(new TableEntity(topicId, TableKeys.StateRow) { ["State"] = state }, etag, cancellationToken);
    }
}
