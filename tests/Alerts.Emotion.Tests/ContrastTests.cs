using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

public sealed class ContrastTests
{
    [Theory]
    [InlineData("Das Essen war gut, aber der Service war schlecht")]
    [InlineData("Das Essen war gut, jedoch war der Service schlecht")]
    public void German_contrast_weights_the_second_clause(string text)
    {
        Assert.Equal(SentimentLabel.Negative, Score(text, Language.German).Label);
    }

    [Fact]
    public void German_contrast_works_in_the_other_direction_too()
    {
        Assert.Equal(SentimentLabel.Positive, Score("Das Essen war schlecht, aber der Service war gut", Language.German).Label);
    }

    [Fact]
    public void English_but_weights_the_second_clause()
    {
        Assert.Equal(SentimentLabel.Negative, Score("The food was good but the service was bad", Language.English).Label);
        Assert.Equal(SentimentLabel.Positive, Score("The food was bad but the service was good", Language.English).Label);
    }

    [Fact]
    public void Without_contrast_equal_opposite_words_cancel_out()
    {
        Assert.Equal(SentimentLabel.Neutral, Score("The food was good and the service was bad", Language.English).Label);
    }
}
