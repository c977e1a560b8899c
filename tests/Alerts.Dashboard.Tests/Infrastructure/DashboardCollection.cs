using Alerts.Testing;

namespace Alerts.Dashboard.Tests.Infrastructure;

/// <summary>One Azurite and one Chromium for the whole assembly; each test starts its own app on its own storage account.</summary>
[CollectionDefinition(Name)]
public sealed class DashboardCollection : ICollectionFixture<AzuriteFixture>, ICollectionFixture<BrowserFixture>
{
    public const string Name = "Dashboard";
}
