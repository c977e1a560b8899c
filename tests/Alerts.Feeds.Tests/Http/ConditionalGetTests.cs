using Alerts.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Feeds.Tests.Http;

/// <summary>RFC 9110 §13.1: validators from a 200 are sent back; a 304 yields NotModified and keeps them.</summary>
public sealed class ConditionalGetTests
{
    [Fact]
    public async Task A_second_fetch_sends_the_validators_and_a_304_is_not_modified()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        var lastModified = new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero);
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            if (ctx.Request.Headers.IfNoneMatch == "\"v1\"")
            {
                ctx.Response.StatusCode = StatusCodes.Status304NotModified;
                return;
            }

            ctx.Response.Headers.ETag = "\"v1\"";
            ctx.Response.Headers.LastModified = lastModified.ToString("R");
            ctx.Response.ContentType = "application/atom+xml";
            await ctx.Response.WriteAsync("<feed xmlns=\"http://www.w3.org/2005/Atom\"><title>t</title><entry><id>e1</id><title>x</title></entry></feed>", ctx.RequestAborted);
        }, ct);
        using var services = FeedServices.Loopback();
        var reader = services.GetRequiredService<FeedReader>();
        var source = new FeedSource("cond", FeedKind.Atom, server.Url("atom.xml"));

        // Act
        var first = await reader.FetchAsync(source, null, ct);
        var second = await reader.FetchAsync(source, first.State, ct);

        // Assert
        Assert.Equal(FetchStatus.Ok, first.Status);
        Assert.Equal(new FetchState("\"v1\"", lastModified), first.State);
        Assert.Equal(FetchStatus.NotModified, second.Status);
        Assert.Null(second.Feed);
        Assert.Equal(first.State, second.State);
        var conditional = server.Requests.Last();
        Assert.Equal("\"v1\"", conditional.Headers["If-None-Match"]);
        Assert.Equal(lastModified, DateTimeOffset.Parse(conditional.Headers["If-Modified-Since"], System.Globalization.CultureInfo.InvariantCulture));
    }

    [Fact]
    public async Task A_content_location_header_is_the_base_for_relative_links()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.Headers.ContentLocation = "/moved/feed.xml";
            await ctx.Response.WriteAsync("<rss version=\"2.0\"><channel><item><link>post/1</link></item></channel></rss>", ctx.RequestAborted);
        }, ct);
        using var services = FeedServices.Loopback();

        // Act
        var result = await services.GetRequiredService<FeedReader>().FetchAsync(new FeedSource("cl", FeedKind.Rss, server.Url("feed")), null, ct);

        // Assert
        Assert.Equal(server.Url("moved/post/1"), result.Feed!.Items.Single().Link);
    }
}
