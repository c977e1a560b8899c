using System.Diagnostics;
using System.Text;

namespace Alerts.Feeds.Tests.Parsing;

public sealed class FeedParserTests
{
    [Fact]
    public void Undefined_html_entities_and_a_missing_final_bracket_are_recovered_with_a_warning()
    {
        // Act
        var feed = Fixture.Parse("rss-html-entities.xml");

        // Assert
        Assert.True(feed.Recovered);
        Assert.Equal("Café news — daily", feed.Title);
        Assert.Equal("Prices up – again", feed.Items[0].Title);
        Assert.Equal("Costs & more …", feed.Items[0].Text);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 8, 0, 0, TimeSpan.Zero), feed.Items[0].Published);
        Assert.Contains(feed.Warnings, w => w.Contains("not well-formed", StringComparison.Ordinal));
    }

    [Fact]
    public void Truncated_xml_is_rejected_with_its_line()
    {
        // Act
        var ex = Assert.Throws<FeedParseException>(() => Fixture.Parse("rss-truncated.xml"));

        // Assert
        Assert.StartsWith("not well-formed XML", ex.Message, StringComparison.Ordinal);
        Assert.Equal(2, ex.Line);
    }

    [Fact]
    public void Truncated_json_is_rejected_with_its_position()
    {
        // Act
        var ex = Assert.Throws<FeedParseException>(() => Fixture.Parse("jsonfeed-truncated.json"));

        // Assert
        Assert.Contains("not valid JSON", ex.Message, StringComparison.Ordinal);
        Assert.Equal(1, ex.Line);
        Assert.NotNull(ex.Position);
    }

    [Fact]
    public void An_html_page_is_rejected_and_its_advertised_feed_is_named()
    {
        // Act
        var ex = Assert.Throws<FeedParseException>(() => Fixture.Parse("html-page.html", "text/html", new Uri("https://news.example.org/")));

        // Assert
        Assert.Contains("this is an HTML page, not a feed (did you mean the page's <link rel=alternate> feed?)", ex.Message, StringComparison.Ordinal);
        Assert.Contains("https://news.example.org/feed.xml", ex.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_entity_bomb_is_not_expanded()
    {
        // Arrange
        var watch = Stopwatch.StartNew();

        // Act
        var feed = Fixture.Parse("entity-bomb.xml");

        // Assert
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(5), $"took {watch.Elapsed}");
        Assert.True((feed.Title ?? string.Empty).Length < 1000, "the entity was expanded");
        Assert.True(feed.Recovered);
        Assert.Equal("Bomb", feed.Items[0].Title);
    }

    [Fact]
    public void Duplicate_keys_in_one_document_are_dropped_with_a_warning()
    {
        // Act
        var feed = Fixture.Parse("rss-duplicates.xml");

        // Assert
        Assert.Equal(["One", "Two", "No id"], feed.Items.Select(i => i.Title));
        Assert.Equal(["g:urn:item:1", "g:urn:item:2", "l:https://example.org/same"], feed.Items.Select(i => i.Key));
        Assert.Equal(2, feed.Warnings.Count(w => w.Contains("repeats key", StringComparison.Ordinal)));
        Assert.False(feed.Recovered);
    }

    [Fact]
    public void Atom_links_resolve_against_xml_base_and_unsafe_schemes_are_dropped()
    {
        // Act
        var feed = Fixture.Parse("atom-links.xml");

        // Assert
        var first = feed.Items[0];
        Assert.Equal("atom10", feed.Format);
        Assert.Equal(new Uri("https://blog.example.org/posts/2025/bold-move"), first.Link);
        Assert.Equal("Bold move", first.Title);
        Assert.Equal("Hello world", first.Text);
        Assert.Equal("Feed Author", first.Author);
        Assert.Equal("de", first.Language);
        Assert.Equal(new DateTimeOffset(2025, 6, 1, 8, 0, 0, TimeSpan.Zero), first.Published);
        Assert.Equal(new DateTimeOffset(2025, 6, 2, 10, 0, 0, TimeSpan.Zero), first.Updated);
        var second = feed.Items[1];
        Assert.Null(second.Link);
        Assert.Null(second.Published);
        Assert.Contains(feed.Warnings, w => w.Contains("javascript:", StringComparison.Ordinal));
        Assert.Contains(feed.Warnings, w => w.Contains("'not a date'", StringComparison.Ordinal));
    }

    [Fact]
    public void A_declared_legacy_encoding_is_decoded()
    {
        // Act
        var feed = Fixture.Parse("rss-windows-1252.xml");

        // Assert
        Assert.Equal("Café – “quoted”", feed.Title);
        Assert.Equal("Über", feed.Items[0].Title);
        Assert.Equal("windows-1252", feed.Encoding);
    }

    [Fact]
    public void A_utf16_document_with_a_bom_is_decoded()
    {
        // Act
        var feed = Fixture.Parse("atom-utf16le-bom.xml");

        // Assert
        Assert.Equal("UTF-16 日本", feed.Title);
        Assert.Equal("été", feed.Items[0].Title);
    }

    [Fact]
    public void The_http_charset_overrides_the_declaration_and_is_reported()
    {
        // Arrange
        var bytes = Encoding.Latin1.GetBytes("<?xml version=\"1.0\" encoding=\"utf-8\"?><rss version=\"2.0\"><channel><title>caf\u00e9</title></channel></rss>");

        // Act
        var feed = FeedParser.Parse(bytes, "application/rss+xml; charset=iso-8859-1");

        // Assert
        Assert.Equal("café", feed.Title);
        Assert.Contains(feed.Warnings, w => w.Contains("overrides", StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("")]
    [InlineData("   \n ")]
    [InlineData("<notafeed><x/></notafeed>")]
    [InlineData("[1, 2, 3]")]
    [InlineData("{\"hello\": \"world\"}")]
    [InlineData("plain text, not markup")]
    public void Input_that_is_no_feed_is_rejected_with_a_feed_parse_exception(string content)
    {
        // Act
        var ex = Record.Exception(() => FeedParser.Parse(Encoding.UTF8.GetBytes(content)));

        // Assert
        Assert.IsType<FeedParseException>(ex);
        Assert.False(string.IsNullOrWhiteSpace(ex.Message));
    }

    [Fact]
    public void Items_without_guid_or_link_get_a_content_hash_key()
    {
        // Arrange
        var bytes = Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><item><title>T</title><description>D</description></item></channel></rss>");

        // Act
        var item = FeedParser.Parse(bytes).Items.Single();

        // Assert
        Assert.Matches("^h:[0-9a-f]{32}$", item.Key);
        Assert.Equal(item.Key, FeedParser.Parse(bytes).Items.Single().Key);
    }

    [Fact]
    public void Bare_ampersands_and_forbidden_characters_are_repaired()
    {
        // Arrange
        var bytes = Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><title>A & B\u0001</title><item><link>https://e.example/?a=1&b=2</link></item></channel></rss>");

        // Act
        var feed = FeedParser.Parse(bytes);

        // Assert
        Assert.True(feed.Recovered);
        Assert.Equal("A & B", feed.Title);
        Assert.Equal(new Uri("https://e.example/?a=1&b=2"), feed.Items.Single().Link);
        Assert.Contains(feed.Warnings, w => w.Contains("removed 1 character", StringComparison.Ordinal));
    }

    [Fact]
    public void A_pub_date_whose_zone_is_an_empty_etc_name_is_an_unparseable_date_not_a_crash()
    {
        // Arrange
        var bytes = Encoding.UTF8.GetBytes("<rss version=\"2.0\"><channel><item><guid>a</guid><pubDate>Mon, 23 Nov 2026 10:00:00 Etc/</pubDate></item></channel></rss>");

        // Act
        var feed = FeedParser.Parse(bytes);

        // Assert
        Assert.Null(feed.Items.Single().Published);
        Assert.Contains(feed.Warnings, w => w.Contains("unparseable item date", StringComparison.Ordinal));
    }

    [Fact]
    public void A_w3c_date_written_with_non_ascii_digits_is_an_unparseable_date_not_a_rejected_feed()
    {
        // Arrange
        var bytes = Encoding.UTF8.GetBytes("<rss version=\"2.0\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\"><channel><item><guid>a</guid><dc:date>2026-\uFF11\uFF11-23</dc:date></item></channel></rss>");

        // Act
        var feed = FeedParser.Parse(bytes);

        // Assert
        Assert.Null(feed.Items.Single().Published);
        Assert.Contains(feed.Warnings, w => w.Contains("unparseable item date", StringComparison.Ordinal));
    }
}
