using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

/// <summary>The label bands are calibrated per language on the dev sets (docs/emotion.md).</summary>
public sealed class LabelThresholdTests
{
    [Fact]
    public void One_mildly_negative_English_word_is_negative()
    {
        var reading = Score("The numbers are alarming", Language.English);

        // Between the two bands: English calls it negative, the German band would not.
        Assert.InRange(reading.Valence, EmotionAnalyzer.GermanNegativeThreshold + 0.001, EmotionAnalyzer.EnglishNegativeThreshold);
        Assert.Equal(SentimentLabel.Negative, reading.Label);
    }

    [Fact]
    public void One_weak_German_word_stays_neutral()
    {
        var reading = Score("Das Essen war okay", Language.German);

        Assert.InRange(reading.Valence, 0.01, EmotionAnalyzer.GermanPositiveThreshold - 0.001);
        Assert.Equal(SentimentLabel.Neutral, reading.Label);
    }

    [Theory]
    [InlineData("Das ist wirklich gut", Language.German)]
    [InlineData("This is really good", Language.English)]
    public void One_clear_positive_word_is_positive_in_both_languages(string text, Language language)
    {
        Assert.Equal(SentimentLabel.Positive, Score(text, language).Label);
    }
}
