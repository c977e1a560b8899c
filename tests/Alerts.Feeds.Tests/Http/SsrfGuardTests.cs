using Alerts.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Feeds.Tests.Http;

/// <summary>
/// The SSRF guard end to end: the test server is on loopback, so these tests allow loopback only
/// (<c>AllowLoopback</c>) and check that every other forbidden range is still refused on a redirect hop,
/// and that without it even the first hop to loopback is refused before any request is sent.
/// </summary>
public sealed class SsrfGuardTests
{
    [Theory]
    [InlineData("http://169.254.169.254/latest/meta-data/")]
    [InlineData("http://10.0.0.1/feed")]
    [InlineData("http://192.168.1.1/feed")]
    [InlineData("http://100.64.0.1/feed")]
    [InlineData("http://[::ffff:169.254.169.254]/")]
    [InlineData("http://[fe80::1]/")]
    [InlineData("file:///etc/passwd")]
    public async Task A_redirect_to_a_forbidden_address_is_refused(string target)
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(ctx =>
        {
            ctx.Response.Redirect(target);
            return Task.CompletedTask;
        }, ct);
        using var services = FeedServices.Loopback();

        // Act
        var ex = await Assert.ThrowsAsync<FeedFetchException>(() =>
            services.GetRequiredService<FeedReader>().FetchAsync(new FeedSource("ssrf", FeedKind.Rss, server.Url("feed")), null, ct));

        // Assert
        Assert.Equal(FeedFailureKind.ForbiddenAddress, ex.Kind);
        Assert.Single(server.Requests);
    }

    [Theory]
    [InlineData("127.0.0.1")]
    [InlineData("localhost")]
    public async Task Loopback_is_refused_unless_allowed_even_through_a_host_name(string host)
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync("<rss/>", ctx.RequestAborted), ct);
        using var services = FeedServices.Build();
        var url = new UriBuilder(server.Url("feed")) { Host = host }.Uri;

        // Act
        var ex = await Assert.ThrowsAsync<FeedFetchException>(() =>
            services.GetRequiredService<FeedReader>().FetchAsync(new FeedSource("lo", FeedKind.Rss, url), null, ct));

        // Assert
        Assert.Equal(FeedFailureKind.ForbiddenAddress, ex.Kind);
        Assert.Empty(server.Requests);
    }

    [Fact]
    public async Task Allowing_private_addresses_lets_a_local_feed_through()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync("<rss version=\"2.0\"><channel><title>local</title></channel></rss>", ctx.RequestAborted), ct);
        using var services = FeedServices.Build(("AllowPrivateAddresses", "true"));

        // Act
        var result = await services.GetRequiredService<IFeedReader>().FetchAsync(new FeedSource("local", FeedKind.Auto, server.Url("feed")), null, ct);

        // Assert
        Assert.Equal("local", result.Feed!.Title);
    }
}
