using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

public sealed class ProperNameTests
{
    [Theory]
    [InlineData("Oliseh reacts to Super Eagles goalless draw with Tanzania")]
    [InlineData("I am catching up on The Walking Dead tonight")]
    [InlineData("Black Friday deals on cameras start at noon")]
    public void English_sentiment_words_inside_Title_case_names_are_not_scored(string text)
    {
        Assert.Equal(0, Valence(text, Language.English));
    }

    [Fact]
    public void The_same_words_in_lower_case_keep_their_sense()
    {
        Assert.True(Valence("the eagles were super today", Language.English) > 0);
        Assert.True(Valence("the plants are dead", Language.English) < 0);
    }

    [Theory]
    [InlineData("Happy Friday everyone")]
    [InlineData("Good morning! Happy Friday")]
    [InlineData("@user Thanks a lot")]
    public void A_capital_at_the_start_of_a_sentence_is_grammar_not_a_name(string text)
    {
        Assert.Equal(SentimentLabel.Positive, Score(text, Language.English).Label);
    }

    [Fact]
    public void German_nouns_are_capitalised_and_keep_their_sentiment()
    {
        Assert.Equal(SentimentLabel.Negative, Score("Die Bahn hat wieder Große Verspätung", Language.German).Label);
    }
}
