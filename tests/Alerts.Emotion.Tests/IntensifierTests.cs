using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

public sealed class IntensifierTests
{
    [Theory]
    [InlineData("sehr")]
    [InlineData("total")]
    [InlineData("extrem")]
    public void German_intensifier_scales_a_positive_word_up(string booster)
    {
        Assert.True(Valence($"Das ist {booster} gut", Language.German) > Valence("Das ist gut", Language.German));
    }

    [Theory]
    [InlineData("sehr")]
    [InlineData("total")]
    [InlineData("extrem")]
    public void German_intensifier_scales_a_negative_word_down(string booster)
    {
        Assert.True(Valence($"Das ist {booster} schlecht", Language.German) < Valence("Das ist schlecht", Language.German));
    }

    [Fact]
    public void Dampener_kaum_weakens_german_praise()
    {
        var plain = Valence("Das ist gut", Language.German);
        var damped = Valence("Das ist kaum gut", Language.German);
        Assert.InRange(damped, 0.01, plain - 0.01);
    }

    [Fact]
    public void Dampener_slightly_and_booster_extremely_order_english_praise()
    {
        var slightly = Valence("I am slightly happy", Language.English);
        var plain = Valence("I am happy", Language.English);
        var extremely = Valence("I am extremely happy", Language.English);
        Assert.True(slightly < plain && plain < extremely, $"{slightly} < {plain} < {extremely}");
    }

    [Fact]
    public void Super_alone_is_praise_and_before_a_negative_word_only_intensifies()
    {
        Assert.True(Valence("Das war super", Language.German) > 0);
        Assert.True(Valence("Das war super schlecht", Language.German) < Valence("Das war schlecht", Language.German));
    }

    [Theory]
    [InlineData("Das war mega")]
    [InlineData("Eine super Sache")]
    [InlineData("Mega Party gestern")]
    public void Praise_intensifiers_are_praise_at_a_clause_end_or_before_a_noun(string text)
    {
        Assert.Equal(SentimentLabel.Positive, Score(text, Language.German).Label);
    }

    [Theory]
    [InlineData("Ich muss mega aufs Klo")]
    [InlineData("Es ist total schwarz draußen")]
    public void Praise_intensifiers_before_a_verb_or_preposition_are_only_degree(string text)
    {
        Assert.Equal(0, Valence(text, Language.German));
    }

    [Fact]
    public void Cant_wait_is_anticipation_not_a_negated_wait()
    {
        var reading = Score("Can't wait for the concert tomorrow", Language.English);
        Assert.Equal(SentimentLabel.Positive, reading.Label);
        Assert.Equal(EmotionCategory.Anticipation, reading.TopEmotion);
    }

    [Fact]
    public void A_curse_before_praise_is_degree_and_alone_a_curse()
    {
        Assert.Equal(SentimentLabel.Positive, Score("Das war verdammt gut", Language.German).Label);
        Assert.Equal(SentimentLabel.Negative, Score("Die verdammte Bahn ist zu spät", Language.German).Label);
        Assert.Equal(SentimentLabel.Negative, Score("Verdammt!", Language.German).Label);
    }
}
