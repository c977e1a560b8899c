using Azure;
using Azure.Data.Tables;

namespace Alerts.Storage.Tables;

public static class TableClientExtensions
{
    /// <summary>
    /// Optimistic write: adds the row when <paramref name="etag"/> is default (it was absent when read), else replaces
    /// it only if unchanged since. False when another writer got there first (409/412); the caller re-reads.
    /// </summary>
    public static async Task<bool> TryAddOrReplaceAsync(this TableClient table, ITableEntity entity, ETag etag, CancellationToken cancellationToken)
    {
        try
        {
            if (etag == default) await table.AddEntityAsync(entity, cancellationToken);
            else await table.UpdateEntityAsync(entity, etag, TableUpdateMode.Replace, cancellationToken);
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            return false;
        }
    }
}
