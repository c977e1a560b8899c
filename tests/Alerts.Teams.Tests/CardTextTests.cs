namespace Alerts.Teams.Tests;

public sealed class CardTextTests
{
    [Theory]
    [InlineData("<b>Fett</b> &amp; <i>kursiv</i>", "Fett & kursiv")]
    [InlineData("&lt;script&gt;alert(1)&lt;/script&gt; Text", "alert\\(1\\) Text")]
    [InlineData("Zeile 1\r\n\tZeile\u00a02\u200b!", "Zeile 1 Zeile 2\\!")]
    [InlineData("[klick](https://evil.example)", "\\[klick\\]\\(https://evil.example\\)")]
    [InlineData("# Überschrift", "\\# Überschrift")]
    [InlineData("- Liste", "\\- Liste")]
    [InlineData("1. Punkt", "1\\. Punkt")]
    [InlineData("**fett** _schräg_ `code` > zitat | {{DATE(x)}}", "\\*\\*fett\\*\\* \\_schräg\\_ \\`code\\` \\> zitat \\| \\{\\{DATE\\(x\\)\\}\\}")]
    [InlineData(null, "")]
    public void Feed_text_becomes_one_line_of_escaped_plain_text(string? input, string expected)
    {
        // Act
        var result = CardText.Sanitize(input);

        // Assert
        Assert.Equal(expected, result);
    }

    [Fact]
    public void Truncation_keeps_emoji_whole_and_marks_the_cut()
    {
        // Arrange
        var text = string.Concat(Enumerable.Repeat("😀", 300));

        // Act
        var result = CardText.Plain(text, 200);

        // Assert
        Assert.EndsWith("😀…", result, StringComparison.Ordinal);
        Assert.Equal(199 * 2 + 1, result.Length);
    }

    [Fact]
    public void Unmarked_text_has_no_markdown_controls_left()
    {
        // Act
        var result = CardText.Unmarked("**[click](javascript:x)** <b>hi</b> _a_ #tag");

        // Assert
        Assert.Equal("click(javascript:x) hi a tag", result);
    }

    [Fact]
    public void Summer_time_windows_are_labelled_MESZ_and_CEST()
    {
        // Arrange: 10:00 UTC in July is 12:00 in Berlin.
        var start = new DateTimeOffset(2026, 7, 1, 10, 0, 0, TimeSpan.Zero);
        var model = SampleAlerts.Shitstorm() with { WindowStart = start, WindowEnd = start.AddMinutes(15) };

        // Act
        var german = Json.Text(AlertCardBuilder.BuildCard(model, CardLanguage.German));
        var english = Json.Text(AlertCardBuilder.BuildCard(model, CardLanguage.English));

        // Assert
        Assert.Contains("01.07.2026, 12:00–12:15 MESZ", german, StringComparison.Ordinal);
        Assert.Contains("1 Jul 2026, 12:00–12:15 CEST", english, StringComparison.Ordinal);
    }
}
