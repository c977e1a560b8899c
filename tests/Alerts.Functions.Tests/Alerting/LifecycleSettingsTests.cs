using Alerts.Alerting;
using Alerts.Functions.Tests.Infrastructure;
using Alerts.Testing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.Functions.Tests.Alerting;

/// <summary>Alerts:Lifecycle and Alerts:Detection are bound at start-up; a bad value stops it naming the key.</summary>
[Collection(AzuriteCollection.Name)]
public sealed class LifecycleSettingsTests(AzuriteFixture azurite)
{
    [Fact]
    public async Task Lifecycle_settings_are_bound_into_the_policy_the_handlers_use()
    {
        // Arrange
        var settings = new Dictionary<string, string?>
        {
            ["Alerts:Lifecycle:RepeatInterval"] = "00:10:00",
            ["Alerts:Lifecycle:EscalationDelay"] = "00:20:00",
            ["Alerts:Lifecycle:QuietBucketsToResolve"] = "5",
        };

        // Act
        await using var app = await TestApp.StartAsync(azurite, settings, triggers: false);

        // Assert
        var policy = app.Services.GetRequiredService<AlertPolicy>();
        Assert.Equal(new AlertPolicy { RepeatInterval = TimeSpan.FromMinutes(10), EscalationDelay = TimeSpan.FromMinutes(20), QuietBucketsToResolve = 5 }, policy);
    }

    [Theory]
    [InlineData("Alerts:Lifecycle:QuietBucketsToResolve", "0")]
    [InlineData("Alerts:Lifecycle:RepeatInterval", "-00:01:00")]
    [InlineData("Alerts:Detection:WarmUp", "-00:01:00")]
    public async Task A_bad_setting_stops_start_up_naming_its_key(string key, string value)
    {
        // Act
        var ex = await Assert.ThrowsAsync<OptionsValidationException>(() => TestApp.StartAsync(azurite, new Dictionary<string, string?> { [key] = value }, triggers: false));

        // Assert
        Assert.Contains(key, ex.Message, StringComparison.Ordinal);
    }
}
