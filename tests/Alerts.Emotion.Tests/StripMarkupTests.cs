
namespace Alerts.Emotion.Tests;

public sealed class StripMarkupTests
{
    [Fact]
    public void Plain_text_is_returned_unchanged()
    {
        const string text = "Kein Markup, nur 3 < 4 Wörter";
        Assert.Equal(text, EmotionAnalyzer.StripMarkup(text));
    }

    [Fact]
    public void Block_tags_separate_words()
    {
        Assert.Equal(" gut  schlecht ", EmotionAnalyzer.StripMarkup("<p>gut</p><p>schlecht</p>"));
    }

    [Fact]
    public void Double_encoded_entities_are_decoded()
    {
        Assert.Equal("Ärger", EmotionAnalyzer.StripMarkup("&amp;Auml;rger"));
    }

    [Fact]
    public void Style_bodies_are_dropped()
    {
        Assert.Equal("   Hallo", EmotionAnalyzer.StripMarkup("<style>p { color: red }</style> Hallo"));
    }

    [Fact]
    public void Unclosed_tag_at_the_end_is_dropped()
    {
        Assert.Equal("Toll ", EmotionAnalyzer.StripMarkup("Toll <a href=\"x"));
    }

    [Theory]
    [InlineData("so traurig </3 aber egal")]
    [InlineData("ich <3 dich")]
    public void Hearts_are_text_not_tags(string text)
    {
        Assert.Equal(text, EmotionAnalyzer.StripMarkup(text));
    }
}
