using Alerts.Functions.Configuration;
using Alerts.Storage.Connections;
using Azure;
using Microsoft.Extensions.Configuration;

namespace Alerts.Functions.Tests.Configuration;

public sealed class StartupChecksTests
{
    [Fact]
    public void Unresolved_key_vault_reference_fails_start_up_naming_the_setting()
    {
        var config = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Alerts:Security:AckSigningKey"] = "@Microsoft.KeyVault(SecretUri=https://kv.vault.azure.net/secrets/ack-signing-key)",
            ["Fine"] = "value",
        }).Build();

        var ex = Assert.Throws<InvalidOperationException>(() => KeyVaultReferenceCheck.ThrowIfUnresolved(config));

        Assert.Contains("Alerts:Security:AckSigningKey", ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("Fine", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_storage_connection_fails_naming_the_keys_to_set()
    {
        var ex = Assert.Throws<InvalidOperationException>(() => StorageConnection.FromConfiguration(new ConfigurationBuilder().Build(), "AlertsStorage"));

        Assert.Contains("'AlertsStorage'", ex.Message, StringComparison.Ordinal);
        Assert.Contains("AlertsStorage__tableServiceUri", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Storage_denial_names_the_role_the_identity_lacks()
    {
        var ex = await Assert.ThrowsAsync<InvalidOperationException>(() => StorageAccessErrors.NameRoleOnDenialAsync<int>(
            () => throw new RequestFailedException(403, "denied", "AuthorizationPermissionMismatch", null), StorageAccessErrors.TableRole, "table 'topics'"));

        Assert.Contains("Storage Table Data Contributor", ex.Message, StringComparison.Ordinal);
        Assert.Contains("table 'topics'", ex.Message, StringComparison.Ordinal);
    }
}
