using System.Text;

namespace Alerts.Feeds.Tests.Parsing;

public sealed class JsonFeedTests
{
    [Fact]
    public void A_json_feed_11_item_maps_onto_the_model()
    {
        // Arrange
        const string json = """
            {"version":"https://jsonfeed.org/version/1.1","title":"T","home_page_url":"https://e.example/","language":"en",
             "authors":[{"name":"Ann"}],
             "items":[{"id":42,"url":"/posts/42","title":"Hello","content_html":"<p>Hi <script>x()</script>there</p>",
                       "date_published":"2025-06-01T10:00:00-02:00","tags":["a","b"],
                       "attachments":[{"url":"https://cdn.e.example/a.mp3","mime_type":"audio/mpeg","size_in_bytes":10}]}]}
            """;

        // Act
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(json), documentUrl: new Uri("https://e.example/feed.json"));

        // Assert
        var item = feed.Items.Single();
        Assert.Equal("json11", feed.Format);
        Assert.Equal("g:42", item.Key);
        Assert.Equal(new Uri("https://e.example/posts/42"), item.Link);
        Assert.Equal("Hi there", item.Text);
        Assert.Equal("Ann", item.Author);
        Assert.Equal("en", item.Language);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 12, 0, 0, TimeSpan.Zero), item.Published);
        Assert.Equal(["a", "b"], item.Categories);
        Assert.Equal(10, item.Enclosures.Single().Length);
    }

    [Fact]
    public void Wrongly_typed_members_are_skipped_with_warnings()
    {
        // Arrange
        const string json = """{"version":"https://jsonfeed.org/version/1.1","title":["x"],"items":[{"id":"1","title":7,"content_text":"ok"},"junk"]}""";

        // Act
        var feed = FeedParser.Parse(Encoding.UTF8.GetBytes(json));

        // Assert
        Assert.Equal(string.Empty, feed.Items.Single().Title);
        Assert.Equal("ok", feed.Items.Single().Text);
        Assert.Contains(feed.Warnings, w => w.Contains("'title' should be a string", StringComparison.Ordinal));
        Assert.Contains(feed.Warnings, w => w.Contains("not an object", StringComparison.Ordinal));
    }
}
