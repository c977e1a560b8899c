namespace Alerts.Functions.Configuration;

/// <summary>
/// App Service resolves <c>@Microsoft.KeyVault(...)</c> app settings before the app starts; one that could not be
/// resolved (missing secret, identity without 'Key Vault Secrets User') reaches the app as the literal reference.
/// Starting with it would post to a URL like "@Microsoft.KeyVault(...)", so start-up fails naming the setting.
/// </summary>
public static class KeyVaultReferenceCheck
{
    public static void ThrowIfUnresolved(IConfiguration configuration)
    {
        var unresolved = configuration.AsEnumerable()
            .Where(kv => kv.Value?.TrimStart().StartsWith("@Microsoft.KeyVault(", StringComparison.OrdinalIgnoreCase) == true)
            .Select(kv => kv.Key)
            .Order(StringComparer.Ordinal)
            .ToList();
        if (unresolved.Count > 0)
        {
            throw new InvalidOperationException(
                $"Key Vault reference(s) not resolved: {string.Join(", ", unresolved)}. Check that the secret exists and that the app's identity " +
                "has 'Key Vault Secrets User' on the vault (the Configuration blade of the Function App shows the reference status).");
        }
    }
}
