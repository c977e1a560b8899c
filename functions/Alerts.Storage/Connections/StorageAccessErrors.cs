using Azure;

namespace Alerts.Storage.Connections;

/// <summary>
/// Turns a 403 from storage into a message that names the missing data-plane role: with managed identity
/// (no shared keys), a missing role assignment is the usual cause, and the raw error does not say which one.
/// </summary>
public static class StorageAccessErrors
{
    public const string TableRole = "Storage Table Data Contributor";
    public const string QueueRole = "Storage Queue Data Contributor";
    public const string BlobRole = "Storage Blob Data Owner";

    public static async Task<T> NameRoleOnDenialAsync<T>(Func<Task<T>> action, string role, string what)
    {
        try
        {
            return await action();
        }
        catch (RequestFailedException ex) when (ex.Status == 403)
        {
            throw new InvalidOperationException(
                $"Storage denied access to {what} ({ex.ErrorCode}). With managed identity, give the app's identity the '{role}' role on the storage account (infra/modules/rbac.bicep does).", ex);
        }
    }
}
