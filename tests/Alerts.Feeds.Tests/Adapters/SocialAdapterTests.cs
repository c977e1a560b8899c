using Alerts.Testing;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.DependencyInjection;

namespace Alerts.Feeds.Tests.Adapters;

/// <summary>Mastodon and Bluesky adapters against a loopback server answering with realistic API JSON (Fixtures/).</summary>
public sealed class SocialAdapterTests
{
    [Fact]
    public async Task Mastodon_hashtag_timeline_maps_statuses_with_reach_and_handle()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.ContentType = "application/json";
            await ctx.Response.Body.WriteAsync(Fixture.Bytes("mastodon-tag-timeline.json"), ctx.RequestAborted);
        }, ct);
        using var services = FeedServices.Loopback();

        // Act
        var result = await services.GetRequiredService<FeedReader>().FetchAsync(new FeedSource("m", FeedKind.Mastodon, server.BaseAddress, "#dotnet"), null, ct);

        // Assert
        Assert.Equal("/api/v1/timelines/tag/dotnet?limit=40", server.Requests.Single().PathAndQuery);
        var feed = result.Feed!;
        Assert.Equal("mastodon", feed.Format);
        var alice = feed.Items[0];
        Assert.Equal("g:https://mastodon.example/users/alice/statuses/113000000000000001", alice.Key);
        Assert.Equal("Shipping #dotnet 10 today & it's fast", alice.Text);
        Assert.Equal(alice.Text, alice.Title);
        Assert.Equal(new Uri("https://mastodon.example/@alice/113000000000000001"), alice.Link);
        Assert.Equal(1234, alice.AuthorFollowers);
        Assert.Equal("Alice Example", alice.Author);
        Assert.Equal($"alice@{server.BaseAddress.Host}", alice.AuthorHandle);
        Assert.Equal("en", alice.Language);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 12, 34, 56, TimeSpan.Zero), alice.Published);
        Assert.Equal(["dotnet"], alice.Categories);
        var bob = feed.Items[1];
        Assert.Equal("benchmarks — Schneller als gedacht", bob.Text);
        Assert.Equal("bob", bob.Author);
        Assert.Equal("bob@remote.example", bob.AuthorHandle);
        Assert.Equal(3, bob.AuthorFollowers);
    }

    [Fact]
    public async Task Mastodon_multi_word_queries_use_search()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(ctx => ctx.Response.WriteAsync("{\"accounts\":[],\"statuses\":[],\"hashtags\":[]}", ctx.RequestAborted), ct);
        using var services = FeedServices.Loopback();

        // Act
        var result = await services.GetRequiredService<FeedReader>().FetchAsync(new FeedSource("m", FeedKind.Mastodon, server.BaseAddress, "dotnet release"), null, ct);

        // Assert
        Assert.Equal("/api/v2/search?q=dotnet%20release&type=statuses&limit=40", server.Requests.Single().PathAndQuery);
        Assert.Empty(result.Feed!.Items);
    }

    [Fact]
    public async Task Bluesky_search_maps_posts_and_builds_the_web_link()
    {
        // Arrange
        var ct = TestContext.Current.CancellationToken;
        await using var server = await LoopbackServer.StartAsync(async ctx =>
        {
            ctx.Response.ContentType = "application/json";
            await ctx.Response.Body.WriteAsync(Fixture.Bytes("bluesky-search-posts.json"), ctx.RequestAborted);
        }, ct);
        using var services = FeedServices.Loopback();

        // Act
        var result = await services.GetRequiredService<FeedReader>().FetchAsync(new FeedSource("b", FeedKind.Bluesky, server.BaseAddress, "dotnet release"), null, ct);

        // Assert
        Assert.Equal("/xrpc/app.bsky.feed.searchPosts?q=dotnet%20release&sort=latest&limit=50", server.Requests.Single().PathAndQuery);
        var carol = result.Feed!.Items[0];
        Assert.Equal("g:at://did:plc:abc123xyz/app.bsky.feed.post/3kq2xyzabc22", carol.Key);
        Assert.Equal(new Uri("https://bsky.app/profile/carol.bsky.social/post/3kq2xyzabc22"), carol.Link);
        Assert.Equal("Trying the new dotnet release looks great", carol.Text);
        Assert.Equal("carol.bsky.social", carol.AuthorHandle);
        Assert.Equal("Carol", carol.Author);
        Assert.Null(carol.AuthorFollowers);
        Assert.Equal("en", carol.Language);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 9, 15, 0, TimeSpan.Zero), carol.Published);
        var invalidHandle = result.Feed.Items[1];
        Assert.Equal(new Uri("https://bsky.app/profile/did%3Aplc%3Adef456/post/3kq2aaa"), invalidHandle.Link);
        Assert.Null(invalidHandle.Language);
    }

    [Fact]
    public void A_bluesky_error_body_is_rejected_with_its_message()
    {
        // Act
        var ex = Assert.Throws<FeedParseException>(() => BlueskyParser.Parse("{\"error\":\"InvalidRequest\",\"message\":\"Error: Params must have the property \\\"q\\\"\"}"u8));

        // Assert
        Assert.Contains("Params must have the property", ex.Message, StringComparison.Ordinal);
    }
}
