using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

/// <summary>VADER words that are mostly grammar in tweets (issue 4c): only their evaluative use scores.</summary>
public sealed class EnglishFunctionWordTests
{
    [Theory]
    [InlineData("It looks like rain in Leeds")]
    [InlineData("We queued for like an hour at the gate")]
    [InlineData("I will be there as well")]
    [InlineData("Saw the 4th kind on TV last night")]
    public void Grammatical_like_well_and_kind_are_not_praise(string text)
    {
        // VADER's own weights (like 1.5, well 1.1, kind 2.4) would put each of these at 0.27 or more.
        Assert.InRange(Valence(text, Language.English), -0.01, 0.21);
    }

    [Theory]
    [InlineData("I like the new app")]
    [InlineData("Well done, support team")]
    public void Their_evaluative_use_still_counts(string text)
    {
        Assert.Equal(SentimentLabel.Positive, Score(text, Language.English).Label);
    }

    [Theory]
    [InlineData("I don't like the new app")]
    [InlineData("She did not like the update")]
    public void Not_liking_is_still_negative(string text)
    {
        Assert.Equal(SentimentLabel.Negative, Score(text, Language.English).Label);
    }

    [Fact]
    public void Pretty_before_a_sentiment_word_is_degree_not_praise()
    {
        Assert.True(Valence("the service was pretty bad", Language.English) < Valence("the service was bad", Language.English));
    }
}
