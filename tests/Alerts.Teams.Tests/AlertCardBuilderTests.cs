using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Alerts.Teams.Tests;

public sealed class AlertCardBuilderTests
{
    [Theory]
    [InlineData(CardLanguage.German)]
    [InlineData(CardLanguage.English)]
    public async Task Card_validates_against_the_Adaptive_Card_schema_with_Teams_extensions_replaced(CardLanguage language)
    {
        // Arrange
        var model = SampleAlerts.Shitstorm();

        // Act
        var card = AlertCardBuilder.BuildCard(model, language);

        // Assert
        Assert.Empty(await CardSchema.ProblemsAsync(card));
    }

    [Fact]
    public async Task Schema_check_catches_a_card_it_should_reject()
    {
        // Arrange: the helper must be able to fail, or the validation tests above prove nothing.
        var card = AlertCardBuilder.BuildCard(SampleAlerts.Shitstorm(), CardLanguage.German);
        card["actions"]!.AsArray().Add(new JsonObject { ["type"] = "Action.Submit", ["title"] = "x" });
        card["actions"]!.AsArray().Add(new JsonObject { ["type"] = "Action.OpenUrl", ["title"] = "y", ["url"] = "javascript:alert(1)" });
        card["body"]!.AsArray().Add(new JsonObject { ["type"] = "TextBlock", ["weight"] = "Heavy", ["text"] = "z" });
        card["body"]!.AsArray().Add(new JsonObject { ["type"] = "Chart.Pie", ["data"] = new JsonArray() });

        // Act
        var problems = await CardSchema.ProblemsAsync(card);

        // Assert
        Assert.Contains(problems, p => p.Contains("Action.Submit", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("javascript:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.StartsWith("schema:", StringComparison.Ordinal));
        Assert.Contains(problems, p => p.Contains("Chart.Pie without fallback", StringComparison.Ordinal));
    }

    [Fact]
    public void German_card_has_the_signal_title_Berlin_time_and_open_url_buttons_only()
    {
        // Arrange
        var model = SampleAlerts.Shitstorm();

        // Act
        var card = AlertCardBuilder.BuildCard(model, CardLanguage.German);
        var json = Json.Text(card);

        // Assert: 13:15 UTC on 23 Nov is 14:15 CET (MEZ).
        Assert.Equal("1.5", card["version"]!.GetValue<string>());
        Assert.Equal("Full", card["msteams"]!["width"]!.GetValue<string>());
        Assert.Contains("Shitstorm-Verdacht: Marke Müller & Söhne", json, StringComparison.Ordinal);
        Assert.Contains("14:00–14:15 MEZ", json, StringComparison.Ordinal);
        Assert.Contains("×4,8", json, StringComparison.Ordinal);
        Assert.StartsWith("Shitstorm-Verdacht", card["fallbackText"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(card["fallbackText"]!.GetValue<string>(), card["speak"]!.GetValue<string>());
        var actions = card["actions"]!.AsArray().Select(a => a!["type"]!.GetValue<string>()).ToList();
        Assert.Equal(["Action.OpenUrl", "Action.OpenUrl", "Action.OpenUrl"], actions);
        Assert.Equal(["Bestätigen", "Pausieren", "Dashboard öffnen"], card["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
    }

    [Theory]
    [InlineData("volume", CardLanguage.German, "Erwähnungs-Spike: ")]
    [InlineData("negative", CardLanguage.German, "Shitstorm-Verdacht: ")]
    [InlineData("positive", CardLanguage.German, "Viraler Moment: ")]
    [InlineData("silence", CardLanguage.German, "Funkstille: ")]
    [InlineData("volume", CardLanguage.English, "Mention spike: ")]
    [InlineData("negative", CardLanguage.English, "Possible shitstorm: ")]
    [InlineData("positive", CardLanguage.English, "Viral moment: ")]
    [InlineData("silence", CardLanguage.English, "Radio silence: ")]
    public void Title_names_the_signal_and_topic_in_the_channel_language(string signal, CardLanguage language, string prefix)
    {
        // Arrange
        var model = SampleAlerts.Shitstorm() with { Signal = signal, TopicName = "Produkt X" };

        // Act
        var card = AlertCardBuilder.BuildCard(model, language);

        // Assert
        var title = card["body"]![0]!["items"]![0]!["text"]!.GetValue<string>();
        Assert.Equal(prefix + "Produkt X", title);
    }

    [Fact]
    public void Chart_has_observed_and_expected_series_and_a_table_fallback()
    {
        // Act
        var card = AlertCardBuilder.BuildCard(SampleAlerts.Shitstorm(), CardLanguage.English);

        // Assert
        var chart = card["body"]!.AsArray().Single(e => e!["type"]!.GetValue<string>() == "Chart.Line")!;
        var series = chart["data"]!.AsArray();
        Assert.Equal(["Observed", "Expected"], series.Select(s => s!["legend"]!.GetValue<string>()));
        Assert.All(series, s => Assert.Equal(96, s!["values"]!.AsArray().Count));
        Assert.Equal("Table", chart["fallback"]!["type"]!.GetValue<string>());
        Assert.Contains(card["body"]!.AsArray(), e => e!["text"]?.GetValue<string>().StartsWith("Peak: 14:00 CET, 57", StringComparison.Ordinal) == true);
    }

    [Fact]
    public void Message_is_the_Workflows_envelope_with_a_summary()
    {
        // Act
        var message = AlertCardBuilder.BuildMessage(SampleAlerts.Shitstorm(), CardLanguage.German);

        // Assert
        Assert.Equal("message", message["type"]!.GetValue<string>());
        var attachment = message["attachments"]!.AsArray().Single()!;
        Assert.Equal("application/vnd.microsoft.card.adaptive", attachment["contentType"]!.GetValue<string>());
        Assert.True(attachment.AsObject().ContainsKey("contentUrl"));
        Assert.Null(attachment["contentUrl"]);
        Assert.Equal("AdaptiveCard", attachment["content"]!["type"]!.GetValue<string>());
        Assert.StartsWith("Shitstorm-Verdacht: Marke", message["summary"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.True(WorkflowsMessageShape.IsValid(message, out _));
    }

    [Fact]
    public async Task A_10000_character_markdown_title_stays_sanitized_and_under_the_cap()
    {
        // Arrange
        var evil = string.Concat(Enumerable.Repeat("**[click](javascript:alert(1))** <script>x</script> # _a_ > ", 200))[..10_000];
        var model = SampleAlerts.Shitstorm(posts: 10, postTitle: evil, topic: evil);

        // Act
        var message = AlertCardBuilder.BuildMessage(model, CardLanguage.German);
        var wire = AlertCardBuilder.Serialize(message);

        // Assert
        Assert.True(Encoding.UTF8.GetByteCount(wire) <= AlertCardBuilder.MaxMessageBytes);
        Assert.DoesNotContain("<script", wire, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("](javascript", wire, StringComparison.Ordinal);
        var card = message["attachments"]![0]!["content"]!.AsObject();
        var postLines = card["body"]!.AsArray().Select(e => e!["text"]?.GetValue<string>() ?? string.Empty).Where(t => t.StartsWith("1\\.", StringComparison.Ordinal)).ToList();
        var line = Assert.Single(postLines);
        Assert.Contains("[\\*\\*\\[click\\]\\(javascript:alert\\(1\\)\\)\\*\\*", line, StringComparison.Ordinal);
        Assert.Contains("…](https://news.example.de/artikel/1?ref=feed&x=%281%29)", line, StringComparison.Ordinal);
        Assert.Empty(await CardSchema.ProblemsAsync(card));
    }

    [Theory]
    [InlineData(CardLanguage.German)]
    [InlineData(CardLanguage.English)]
    public async Task Two_hundred_top_posts_with_long_links_still_fit_under_the_cap(CardLanguage language)
    {
        // Arrange
        var posts = Enumerable.Range(0, 200).Select(i => new TopPost(
            new string('ü', 500), new Uri("https://example.com/" + new string('a', 1900) + i), new string('s', 300), new string('a', 300), long.MaxValue)).ToList();
        var model = SampleAlerts.Shitstorm() with
        {
            TopPosts = posts,
            Last24h = SampleAlerts.Series(1440),
            Note = new string('n', 5000),
            AcknowledgeUrl = new Uri("https://alerts.example.de/ack?t=" + new string('t', 2000)),
        };

        // Act
        var message = AlertCardBuilder.BuildMessage(model, language);

        // Assert
        Assert.InRange(AlertCardBuilder.MeasureBytes(message), 1, AlertCardBuilder.MaxMessageBytes);
        var card = message["attachments"]![0]!["content"]!.AsObject();
        Assert.Contains(card["body"]!.AsArray(), e => e!["text"]?.GetValue<string>().StartsWith("1\\. ", StringComparison.Ordinal) == true);
        Assert.Empty(await CardSchema.ProblemsAsync(card));
    }

    [Fact]
    public void Links_that_are_not_absolute_http_are_dropped()
    {
        // Arrange
        var posts = new[]
        {
            new TopPost("a", new Uri("javascript:alert(1)"), null, null, null),
            new TopPost("b", new Uri("/relative", UriKind.Relative), null, null, null),
            new TopPost("c", new Uri("ftp://example.com/x"), null, null, null),
            new TopPost("d", new Uri("https://user:pw@example.com/x"), null, null, null),
        };
        var model = SampleAlerts.Shitstorm() with { TopPosts = posts, DashboardUrl = new Uri("data:text/html,hi") };

        // Act
        var json = AlertCardBuilder.Serialize(AlertCardBuilder.BuildMessage(model, CardLanguage.English));

        // Assert
        Assert.DoesNotContain("javascript", json, StringComparison.Ordinal);
        Assert.DoesNotContain("ftp:", json, StringComparison.Ordinal);
        Assert.DoesNotContain("/relative", json, StringComparison.Ordinal);
        Assert.DoesNotContain("user:pw", json, StringComparison.Ordinal);
        Assert.DoesNotContain("data:", json, StringComparison.Ordinal);
        Assert.DoesNotContain("Open dashboard", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Resolved_card_offers_no_acknowledge_or_snooze()
    {
        // Arrange
        var model = SampleAlerts.Shitstorm() with { State = "resolved", Note = "resolved after 3 quiet buckets" };

        // Act
        var card = AlertCardBuilder.BuildCard(model, CardLanguage.German);

        // Assert
        Assert.Equal(["Dashboard öffnen"], card["actions"]!.AsArray().Select(a => a!["title"]!.GetValue<string>()));
        Assert.Equal("good", card["body"]![0]!["style"]!.GetValue<string>());
        Assert.Contains("ENTWARNUNG", Json.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Card_without_history_posts_or_links_is_still_valid()
    {
        // Arrange
        var model = SampleAlerts.Shitstorm(posts: 0) with
        {
            Last24h = [], Emotion = null, TailProbability = null, AcknowledgeUrl = null, SnoozeUrl = null, DashboardUrl = null, Note = null,
        };

        // Act
        var card = AlertCardBuilder.BuildCard(model, CardLanguage.English);

        // Assert
        Assert.Empty(await CardSchema.ProblemsAsync(card));
        Assert.Contains("No history.", Json.Text(card), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Digest_summarises_many_alerts_under_the_cap()
    {
        // Arrange
        var models = Enumerable.Range(0, 300).Select(i => SampleAlerts.Shitstorm() with { AlertId = "al-" + i, TopicName = "Thema " + i }).ToList();

        // Act
        var message = AlertCardBuilder.BuildDigest(models, CardLanguage.German);

        // Assert
        Assert.InRange(AlertCardBuilder.MeasureBytes(message), 1, AlertCardBuilder.MaxMessageBytes);
        var card = message["attachments"]![0]!["content"]!.AsObject();
        var json = Json.Text(card);
        Assert.Contains("Sammelmeldung: 300 Alerts", json, StringComparison.Ordinal);
        Assert.Contains("weitere im Dashboard", json, StringComparison.Ordinal);
        Assert.Empty(await CardSchema.ProblemsAsync(card));
    }

    [Fact]
    public void Local_schema_copy_is_byte_identical_to_the_shared_schema()
    {
        // Arrange
        if (!File.Exists(CardSchema.SharedPath))
        {
            Assert.Skip("shared/schemas is not beside the repo");
        }

        // Act
        var shared = SHA256.HashData(File.ReadAllBytes(CardSchema.SharedPath));
        var local = SHA256.HashData(File.ReadAllBytes(CardSchema.LocalCopyPath));

        // Assert
        Assert.Equal(Convert.ToHexStringLower(shared), Convert.ToHexStringLower(local));
        Assert.Equal("32c91fb285180a266a55b3475dd0396e63fe079311714d3a14963b41f5e17920", Convert.ToHexStringLower(local));
    }
}
