using Alerts.Storage.Tables;
using Azure.Data.Tables;

namespace Alerts.Storage.Scans;

/// <summary>
/// The <c>scans</c> table: one row per manual scan (PK = scan id) holding its status document as JSON, so
/// <c>GET /api/scans/{id}</c> answers from any instance while the queue-triggered run is still going.
/// </summary>
public sealed class ScanStore(AlertsTables tables)
{
    private const string Row = "scan";

    public async Task SaveAsync(string scanId, string statusJson, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Scans, cancellationToken);
        await table.UpsertEntityAsync(new TableEntity(scanId, Row) { ["Status"] = statusJson }, TableUpdateMode.Replace, cancellationToken);
    }

    public async Task<string?> GetAsync(string scanId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Scans, cancellationToken);
        var e = await table.GetEntityIfExistsAsync<TableEntity>(scanId, Row, cancellationToken: cancellationToken);
        return e.HasValue ? e.Value!.GetString("Status") : null;
    }
}
