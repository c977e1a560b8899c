using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

public sealed class EmotionReadingTests
{
    [Theory]
    [InlineData("Ich habe solche Angst vor dem Sturm", EmotionCategory.Fear)]
    [InlineData("Ich bin so traurig, sie fehlt mir", EmotionCategory.Sadness)]
    [InlineData("Wie ekelhaft, das Essen ist verschimmelt", EmotionCategory.Disgust)]
    [InlineData("I am so angry about this", EmotionCategory.Anger)]
    [InlineData("Wow, what a surprise", EmotionCategory.Surprise)]
    [InlineData("Can't wait, hopefully soon", EmotionCategory.Anticipation)]
    public void Top_emotion_follows_the_emotion_words(string text, EmotionCategory expected)
    {
        Assert.Equal(expected, Score(text).TopEmotion);
    }

    [Fact]
    public void Intensities_are_in_unit_range_and_the_top_one_is_largest()
    {
        // Act
        var reading = Score("Ich bin wütend und enttäuscht, was für eine Abzocke!!! 😡");

        // Assert
        var intensities = Enum.GetValues<EmotionCategory>().Select(reading.GetIntensity).ToList();
        Assert.All(intensities, i => Assert.InRange(i, 0f, 1f));
        Assert.Equal(intensities.Max(), reading.GetIntensity(reading.TopEmotion!.Value));
        Assert.Equal(8, intensities.Count);
    }

    [Fact]
    public void Negated_emotion_word_adds_no_emotion()
    {
        Assert.Null(Score("Ich bin nicht glücklich", Language.German).TopEmotion);
    }

    [Fact]
    public void Valence_stays_within_minus_one_and_one_for_extreme_texts()
    {
        var worst = string.Concat(Enumerable.Repeat("Katastrophe Abzocke Frechheit!!! ", 200));
        Assert.InRange(Valence(worst), -1, -0.99);
    }

    [Fact]
    public void Unknown_category_is_rejected()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Score("gut").GetIntensity((EmotionCategory)8));
    }
}
