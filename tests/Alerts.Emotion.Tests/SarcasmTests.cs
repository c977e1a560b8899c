using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

/// <summary>Praise that sneers at a complaint (docs/emotion.md, issue 4c).</summary>
public sealed class SarcasmTests
{
    [Theory]
    [InlineData("Verspätung. Super.")]
    [InlineData("Kopfschmerzen seit heute früh. Herrlich.")]
    [InlineData("Flight delayed. Great.")]
    public void A_one_word_clause_of_praise_after_a_complaint_is_negative(string text)
    {
        // Added up word by word the praise would win: the sneer rule is what makes these negative.
        Assert.Equal(SentimentLabel.Negative, Score(text).Label);
    }

    [Fact]
    public void The_same_praise_next_to_good_news_stays_positive()
    {
        Assert.Equal(SentimentLabel.Positive, Score("Zug pünktlich, Anschluss erreicht. Super.").Label);
    }

    [Fact]
    public void A_mention_before_the_praise_does_not_make_it_part_of_a_longer_clause()
    {
        var sneer = Valence("Akku schon wieder leer. @user Super.", Language.German);
        var plain = Valence("Akku schon wieder leer.", Language.German);

        Assert.True(sneer < plain, $"{sneer} should be below {plain}");
    }

    [Theory]
    [InlineData("Na toll, schon wieder Stau")]
    [InlineData("Na super.")]
    public void Praise_after_na_is_a_sneer(string text)
    {
        Assert.Equal(SentimentLabel.Negative, Score(text, Language.German).Label);
    }

    [Fact]
    public void Praise_after_a_contrast_word_is_a_concession_not_a_sneer()
    {
        Assert.Equal(SentimentLabel.Positive, Score("Kalt und langsam, aber lecker.", Language.German).Label);
    }
}
