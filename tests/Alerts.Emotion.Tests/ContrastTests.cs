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
        // "schlecht" alone outweighs "gut" alone; after "aber" the praise wins.
        Assert.True(Valence("Das Essen war schlecht und der Service war gut", Language.German) < 0);
        Assert.True(Valence("Das Essen war schlecht, aber der Service war gut", Language.German) > 0);
        Assert.Equal(SentimentLabel.Positive, Score("Das Essen war schlecht, aber der Service war sehr gut", Language.German).Label);
    }

    [Fact]
    public void English_but_weights_the_second_clause()
    {
        Assert.Equal(SentimentLabel.Negative, Score("The food was good but the service was bad", Language.English).Label);
        Assert.True(Valence("The food was bad and the service was good", Language.English) < 0);
        Assert.True(Valence("The food was bad but the service was good", Language.English) > 0);
        Assert.Equal(SentimentLabel.Positive, Score("The food was bad but the service was really good", Language.English).Label);
    }

    [Fact]
    public void Without_contrast_opposite_words_of_similar_strength_nearly_cancel_out()
    {
        var both = Valence("The food was good and the service was bad", Language.English);
        Assert.InRange(both, -0.2, 0.2);
        Assert.True(Math.Abs(both) < Math.Abs(Valence("The food was good but the service was bad", Language.English)));
    }
}
