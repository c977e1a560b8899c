using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Options;

namespace Alerts.Teams.Tests;

public sealed class ConfigurationTests
{
    [Fact]
    public void Invalid_settings_fail_at_startup_naming_every_full_key()
    {
        // Arrange
        using var host = new WebhookTestHost(new()
        {
            ["Alerts:Teams:HourlyBudget"] = "0",
            ["Alerts:Teams:PostsPerSecond"] = "10",
            ["Alerts:Teams:Timeout"] = "00:00:00",
        });

        // Act
        var ex = Assert.Throws<OptionsValidationException>(() => host.Services.GetRequiredService<IStartupValidator>().Validate());

        // Assert
        Assert.Contains("Alerts:Teams:HourlyBudget", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Alerts:Teams:PostsPerSecond", ex.Message, StringComparison.Ordinal);
        Assert.Contains("Alerts:Teams:Timeout", ex.Message, StringComparison.Ordinal);
        Assert.Contains("(was 0)", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Defaults_are_valid()
    {
        // Arrange
        using var host = new WebhookTestHost(new() { ["Alerts:Teams:RequireHttps"] = null });

        // Act
        var options = host.Services.GetRequiredService<IOptions<TeamsOptions>>().Value;

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(10), options.Timeout);
        Assert.Equal(1, options.PostsPerSecond);
        Assert.Equal(100, options.HourlyBudget);
        Assert.True(options.RequireHttps);
    }

    [Theory]
    [InlineData("Production", false)]
    [InlineData("Development", true)]
    public void Https_may_be_switched_off_only_in_development(string environment, bool valid)
    {
        // Arrange
        var validator = new TeamsOptionsValidator(new Environment(environment));

        // Act
        var result = validator.Validate(null, new TeamsOptions { RequireHttps = false });

        // Assert
        Assert.Equal(valid, result.Succeeded);
        if (!valid)
        {
            Assert.Contains("Alerts:Teams:RequireHttps", result.FailureMessage, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData("https://prod-12.westeurope.logic.azure.com:443/workflows/abc/triggers/manual/paths/invoke?api-version=2016-06-01&sp=%2Ftriggers%2Fmanual%2Frun&sv=1.0&sig=x", true, true)]
    [InlineData("https://default1234.56.environment.api.powerplatform.com:443/powerautomate/automations/direct/workflows/abc/triggers/manual/paths/invoke?api-version=1&sig=x", true, true)]
    [InlineData("http://prod-12.westeurope.logic.azure.com/workflows/abc?sig=x", true, false)]
    [InlineData("http://127.0.0.1:7071/dev/teams/marketing", false, true)]
    [InlineData("https://example.com/hook", true, false)]
    [InlineData("https://example.com/hook", false, true)]
    [InlineData("ftp://example.com/hook", false, false)]
    [InlineData("not a url", false, false)]
    [InlineData("", false, false)]
    public void Webhook_urls_are_checked_against_the_Workflows_shapes(string url, bool requireHttps, bool valid)
    {
        // Act
        var ok = WebhookUrlValidator.IsValid(url, requireHttps, out var error);

        // Assert
        Assert.Equal(valid, ok);
        Assert.Equal(valid, error is null);
        if (error is not null && url.Contains("sig=", StringComparison.Ordinal))
        {
            Assert.DoesNotContain("sig=", error, StringComparison.Ordinal);
        }
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Office_365_connector_urls_are_refused_as_retired(bool requireHttps)
    {
        // Act
        var ok = WebhookUrlValidator.IsValid("https://contoso.webhook.office.com/webhookb2/abc@def/IncomingWebhook/123/456", requireHttps, out var error);

        // Assert
        Assert.False(ok);
        Assert.Contains("retired", error, StringComparison.Ordinal);
    }

    private sealed class Environment(string name) : IHostEnvironment
    {
        public string EnvironmentName { get; set; } = name;

        public string ApplicationName { get; set; } = "Alerts";

        public string ContentRootPath { get; set; } = AppContext.BaseDirectory;

        public IFileProvider ContentRootFileProvider { get; set; } = new NullFileProvider();
    }
}
