using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace Alerts.Feeds.Tests.Http;

public sealed class FeedFetchOptionsTests
{
    [Fact]
    public void Defaults_are_the_documented_limits()
    {
        // Act
        using var services = FeedServices.Build();
        var options = services.GetRequiredService<IOptions<FeedFetchOptions>>().Value;

        // Assert
        Assert.Equal(TimeSpan.FromSeconds(15), options.Timeout);
        Assert.Equal(5L * 1024 * 1024, options.MaxResponseBytes);
        Assert.Equal(3, options.MaxRedirects);
        Assert.False(options.AllowPrivateAddresses);
        Assert.False(options.AllowLoopback);
    }

    [Theory]
    [InlineData("Timeout", "00:00:00")]
    [InlineData("Timeout", "01:00:00")]
    [InlineData("MaxResponseBytes", "10")]
    [InlineData("MaxRedirects", "50")]
    [InlineData("UserAgent", "")]
    public void Out_of_range_settings_fail_validation_naming_the_field(string key, string value)
    {
        // Arrange
        using var services = FeedServices.Build((key, value));

        // Act
        var ex = Assert.Throws<OptionsValidationException>(() => services.GetRequiredService<IOptions<FeedFetchOptions>>().Value);

        // Assert
        Assert.Contains("Alerts:Feeds:" + key, ex.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("current value: ?", ex.Message, StringComparison.Ordinal);
        TestContext.Current.TestOutputHelper?.WriteLine(ex.Message);
    }
}
