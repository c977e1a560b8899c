namespace Alerts.Feeds.Tests.Parsing;

public sealed class HtmlTextTests
{
    [Theory]
    [InlineData("<p>a &amp; b</p>", "a & b")]
    [InlineData("x<script>alert('<p>')</script>y", "x y")]
    [InlineData("<style>p{}</style>text", "text")]
    [InlineData("a<!-- hidden -->b", "ab")]
    [InlineData("<img alt=\"cat<br />dog\" src=\"x\">z", "z")]
    [InlineData("1 < 2 and 3 > 2", "1 < 2 and 3 > 2")]
    [InlineData("  many \n\t spaces  ", "many spaces")]
    [InlineData("&lt;blink&gt;", "<blink>")]
    public void Html_becomes_collapsed_plain_text_without_script(string html, string expected)
    {
        // Act
        var text = HtmlText.ToPlainText(html);

        // Assert
        Assert.Equal(expected, text);
    }

    [Theory]
    [InlineData("<!-- >x")]
    [InlineData("<a \">x")]
    [InlineData("<a x=\"")]
    [InlineData("<script>")]
    public void Hostile_markup_is_stripped_in_linear_time(string unit)
    {
        // Arrange
        var html = string.Concat(Enumerable.Repeat(unit, 400_000 / unit.Length)) + ">";
        var watch = System.Diagnostics.Stopwatch.StartNew();

        // Act
        _ = HtmlText.ToPlainText(html);

        // Assert
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(2), $"{unit}: took {watch.Elapsed}");
    }
}
