using Alerts.Testing;

namespace Alerts.Cli.Tests.RunningApp;

/// <summary>One Azurite for the real-app tests of this assembly; xUnit needs the definition in the assembly that uses it.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
