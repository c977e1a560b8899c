using System.Globalization;
using Alerts.Storage.Tables;
using Azure;
using Azure.Data.Tables;

namespace Alerts.Storage.Alerts;

/// <summary>
/// The <c>deliveries</c> table: one row per (alert, revision, channel) written after Teams accepted the card, so a
/// redelivered notification message posts nothing twice. PK = alert id, RK = revision (8 digits) | channel id;
/// <c>resent|revision</c> rows limit the maintenance timer to one re-send per lost request.
/// </summary>
public sealed class DeliveryStore(AlertsTables tables)
{
    public static string Row(int revision, string channelId) =>
        string.Create(CultureInfo.InvariantCulture, $"{revision:D8}|{channelId}");

    public async Task<bool> WasDeliveredAsync(string alertId, int revision, string channelId, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Deliveries, cancellationToken);
        var row = await table.GetEntityIfExistsAsync<TableEntity>(alertId, Row(revision, channelId), ["PartitionKey"], cancellationToken);
        return row.HasValue;
    }

    /// <summary>Claims the one re-send of a request the maintenance timer found undelivered; false when already claimed.</summary>
    public async Task<bool> TryClaimResendAsync(string alertId, int revision, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Deliveries, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(alertId, string.Create(CultureInfo.InvariantCulture, $"resent|{revision:D8}")) { ["ResentAt"] = at }, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            return false;
        }
    }

    public async Task RecordAsync(string alertId, int revision, string channelId, int? statusCode, DateTimeOffset at, CancellationToken cancellationToken)
    {
        var table = await tables.GetAsync(TableNames.Deliveries, cancellationToken);
        try
        {
            await table.AddEntityAsync(new TableEntity(alertId, Row(revision, channelId)) { ["DeliveredAt"] = at, ["StatusCode"] = statusCode }, cancellationToken);
        }
        catch (RequestFailedException ex) when (ex.Status == 409)
        {
            // recorded by an earlier attempt: the same fact
        }
    }
}
