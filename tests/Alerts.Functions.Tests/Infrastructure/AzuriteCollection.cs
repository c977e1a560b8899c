using Alerts.Testing;

namespace Alerts.Functions.Tests.Infrastructure;

/// <summary>One Azurite for the whole test assembly; xUnit needs the definition in the assembly that uses it.</summary>
[CollectionDefinition(Name)]
public sealed class AzuriteCollection : ICollectionFixture<AzuriteFixture>
{
    public const string Name = "Azurite";
}
