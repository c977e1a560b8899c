using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

public sealed class LinkPostTests
{
    [Theory]
    [InlineData("Neue Partnerschaft stärkt den Standort", Language.German)]
    [InlineData("Great deals on laptops this week", Language.English)]
    public void A_post_with_a_link_counts_its_words_less(string text, Language language)
    {
        var plain = Valence(text, language);
        var linked = Valence(text + " http://example.com/news", language);
        Assert.True(plain > 0);
        Assert.InRange(linked, 0.0001, plain - 0.01);
    }

    [Fact]
    public void A_clear_complaint_with_a_link_stays_negative()
    {
        Assert.Equal(SentimentLabel.Negative, Score("Schon wieder Zugausfall, totales Chaos bei der Bahn http", Language.German).Label);
    }

    [Fact]
    public void A_placeholder_link_counts_as_a_link()
    {
        Assert.Equal(Valence("Tolles Angebot http://x.de", Language.German), Valence("Tolles Angebot http", Language.German), 6);
    }

    [Fact]
    public void A_headline_naming_a_bad_event_is_neutral()
    {
        Assert.Equal(SentimentLabel.Negative, Score("Unfall auf der A7 bei Soltau", Language.German).Label);
        Assert.Equal(SentimentLabel.Neutral, Score("Unfall auf der A7 bei Soltau http://example.com/news", Language.German).Label);
    }

    [Theory]
    [InlineData("Mein Zug hat Verspätung http")]
    [InlineData("Zug hat Verspätung? http")]
    [InlineData("Zug hat Verspätung 😡 http")]
    public void The_same_words_in_someones_voice_stay_negative(string text)
    {
        Assert.Equal(SentimentLabel.Neutral, Score("Zug hat Verspätung http", Language.German).Label);
        Assert.Equal(SentimentLabel.Negative, Score(text, Language.German).Label);
    }

    [Fact]
    public void A_headline_keeps_a_fifth_of_its_negative_words()
    {
        var headline = Valence("Unfall auf der A7 bei Soltau http", Language.German);
        var plain = Valence("Unfall auf der A7 bei Soltau", Language.German);

        Assert.True(plain < 0);
        Assert.InRange(headline, plain * 0.35, -0.0001);
    }
}
