using System.Diagnostics;
using Alerts.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Feeds.Tests.Http;

/// <summary>Size cap, total timeout and redirect limit, against a real Kestrel on 127.0.0.1.</summary>
public sealed class FetchSafetyTests
{
    private const string Rss = "<rss version=\"2.0\"><channel><title>ok</title><item><guid>1</guid><title>one</title></item></channel></rss>";

    [Fact]
    public async Task A_50_MB_streamed_response_fails_as_too_large_without_being_buffered()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.ContentType = "application/rss+xml";
            var chunk = new byte[64 * 1024];
            Array.Fill(chunk, (byte)' ');
            for (var sent = 0L; sent < 50L * 1024 * 1024 && !ctx.RequestAborted.IsCancellationRequested; sent += chunk.Length)
            {
                await ctx.Response.Body.WriteAsync(chunk, ctx.RequestAborted);
            }
        }, ct);
        using var services = FeedServices.Loopback(("MaxResponseBytes", (1024 * 1024).ToString(System.Globalization.CultureInfo.InvariantCulture)));
        var reader = services.GetRequiredService<FeedReader>();
        var before = GC.GetTotalAllocatedBytes();

        // Act
        var ex = await Assert.ThrowsAsync<FeedFetchException>(() => reader.FetchAsync(new FeedSource("big", FeedKind.Rss, server.Url("big")), null, ct));

        // Assert
        Assert.Equal(FeedFailureKind.TooLarge, ex.Kind);
        Assert.True(GC.GetTotalAllocatedBytes() - before < 30L * 1024 * 1024, "the response was buffered");
    }

    [Fact]
    public async Task A_declared_content_length_over_the_cap_fails_before_reading()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.ContentLength = 50L * 1024 * 1024;
            await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
        }, ct);
        using var services = FeedServices.Loopback();

        // Act
        var ex = await Assert.ThrowsAsync<FeedFetchException>(() =>
            services.GetRequiredService<FeedReader>().FetchAsync(new FeedSource("cl", FeedKind.Rss, server.Url("cl")), null, ct));

        // Assert
        Assert.Equal(FeedFailureKind.TooLarge, ex.Kind);
    }

    [Fact]
    public async Task A_server_that_trickles_bytes_hits_the_total_timeout()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.ContentType = "application/rss+xml";
            for (var i = 0; i < 100 && !ctx.RequestAborted.IsCancellationRequested; i++)
            {
                await ctx.Response.WriteAsync(" ", ctx.RequestAborted);
                await ctx.Response.Body.FlushAsync(ctx.RequestAborted);
                await Task.Delay(200, ctx.RequestAborted);
            }
        }, ct);
        using var services = FeedServices.Loopback(("Timeout", "00:00:01"));
        var watch = Stopwatch.StartNew();

        // Act
        var ex = await Assert.ThrowsAsync<FeedFetchException>(() =>
            services.GetRequiredService<FeedReader>().FetchAsync(new FeedSource("slow", FeedKind.Rss, server.Url("slow")), null, ct));

        // Assert
        Assert.Equal(FeedFailureKind.Timeout, ex.Kind);
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(8), $"took {watch.Elapsed}");
    }

    [Fact]
    public async Task A_server_that_never_answers_hits_the_timeout()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(ctx => Task.Delay(TimeSpan.FromSeconds(30), ctx.RequestAborted), ct);
        using var services = FeedServices.Loopback(("Timeout", "00:00:01"));

        // Act
        var ex = await Assert.ThrowsAsync<FeedFetchException>(() =>
            services.GetRequiredService<FeedReader>().FetchAsync(new FeedSource("mute", FeedKind.Rss, server.Url("mute")), null, ct));

        // Assert
        Assert.Equal(FeedFailureKind.Timeout, ex.Kind);
    }

    [Fact]
    public async Task Redirects_are_followed_up_to_the_limit()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            var n = int.Parse(ctx.Request.Path.Value!.TrimStart('/'), System.Globalization.CultureInfo.InvariantCulture);
            if (n > 0)
            {
                ctx.Response.Redirect("/" + (n - 1));
                return;
            }

            ctx.Response.ContentType = "application/rss+xml";
            await ctx.Response.WriteAsync(Rss, ctx.RequestAborted);
        }, ct);
        using var services = FeedServices.Loopback(("MaxRedirects", "3"));
        var reader = services.GetRequiredService<FeedReader>();

        // Act
        var ok = await reader.FetchAsync(new FeedSource("r3", FeedKind.Rss, server.Url("3")), null, ct);
        var ex = await Assert.ThrowsAsync<FeedFetchException>(() => reader.FetchAsync(new FeedSource("r4", FeedKind.Rss, server.Url("4")), null, ct));

        // Assert
        Assert.Equal("one", ok.Feed!.Items.Single().Title);
        Assert.Equal(FeedFailureKind.TooManyRedirects, ex.Kind);
    }

    [Fact]
    public async Task An_http_error_status_is_reported_with_its_code()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(ctx =>
        {
            ctx.Response.StatusCode = 404;
            return Task.CompletedTask;
        }, ct);
        using var services = FeedServices.Loopback();

        // Act
        var ex = await Assert.ThrowsAsync<FeedFetchException>(() =>
            services.GetRequiredService<FeedReader>().FetchAsync(new FeedSource("404", FeedKind.Rss, server.Url("gone")), null, ct));

        // Assert
        Assert.Equal(FeedFailureKind.HttpStatus, ex.Kind);
        Assert.Equal(404, ex.StatusCode);
    }

    [Fact]
    public async Task An_html_page_fails_as_unparseable_and_names_the_advertised_feed()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.ContentType = "text/html";
            await ctx.Response.Body.WriteAsync(Fixture.Bytes("html-page.html"), ctx.RequestAborted);
        }, ct);
        using var services = FeedServices.Loopback();

        // Act
        var ex = await Assert.ThrowsAsync<FeedFetchException>(() =>
            services.GetRequiredService<FeedReader>().FetchAsync(new FeedSource("page", FeedKind.Rss, server.Url("news/")), null, ct));

        // Assert
        Assert.Equal(FeedFailureKind.Unparseable, ex.Kind);
        Assert.IsType<FeedParseException>(ex.InnerException);
        Assert.Contains(server.Url("feed.xml").AbsoluteUri, ex.Message, StringComparison.Ordinal);
    }
}
