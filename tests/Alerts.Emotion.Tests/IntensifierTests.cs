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
}
