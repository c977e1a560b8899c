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
}
