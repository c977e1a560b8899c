using System.Text.Json;
using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

public sealed class EmotionAggregateTests
{
    private static EmotionAggregate Bucket(params string[] texts)
    {
        var aggregate = new EmotionAggregate();
        for (var i = 0; i < texts.Length; i++) aggregate.Add(Score(texts[i]), new ItemRef(texts[i], $"https://example.test/{i}", 0));
        return aggregate;
    }

    [Fact]
    public void Add_counts_labels_emotions_and_mean_valence()
    {
        // Act
        var aggregate = Bucket("Was für eine Frechheit!", "Großartig, danke!", "Der Zug fährt um acht");

        // Assert
        Assert.Equal((1, 1, 1), (aggregate.Negative, aggregate.Neutral, aggregate.Positive));
        Assert.Equal(3, aggregate.Total);
        Assert.Equal(aggregate.ValenceSum / 3, aggregate.MeanValence, 12);
        Assert.Equal(1, aggregate.EmotionCounts[(int)EmotionCategory.Anger]);
        Assert.Equal(2, aggregate.EmotionCounts.Sum());
    }

    [Fact]
    public void Most_negative_and_most_positive_items_are_kept_with_their_valence()
    {
        var aggregate = Bucket("schlecht", "eine totale Katastrophe!!!", "gut", "einfach fantastisch");

        Assert.Equal("eine totale Katastrophe!!!", aggregate.MostNegative?.Title);
        Assert.Equal("einfach fantastisch", aggregate.MostPositive?.Title);
        Assert.True(aggregate.MostNegative!.Valence < -0.5);
    }

    [Fact]
    public void Neutral_only_bucket_has_no_extreme_items_and_zero_mean()
    {
        var aggregate = Bucket("Der Zug fährt um acht");

        Assert.Null(aggregate.MostNegative);
        Assert.Null(aggregate.MostPositive);
        Assert.Equal(0, new EmotionAggregate().MeanValence);
    }

    [Fact]
    public void Merge_equals_adding_everything_to_one_bucket()
    {
        // Arrange
        var left = Bucket("schlecht", "gut");
        var right = Bucket("Frechheit!", "fantastisch");
        var all = Bucket("schlecht", "gut", "Frechheit!", "fantastisch");

        // Act
        left.Merge(right);

        // Assert
        Assert.Equal((all.Negative, all.Neutral, all.Positive), (left.Negative, left.Neutral, left.Positive));
        Assert.Equal(all.ValenceSum, left.ValenceSum, 12);
        Assert.Equal(all.EmotionCounts, left.EmotionCounts);
        Assert.Equal(all.MostNegative?.Title, left.MostNegative?.Title);
        Assert.Equal(all.MostPositive?.Title, left.MostPositive?.Title);
    }

    [Fact]
    public void Json_round_trip_preserves_every_field()
    {
        // Arrange
        var aggregate = Bucket("Was für eine Frechheit!", "Großartig, danke!", "Der Zug fährt um acht");

        // Act
        var json = JsonSerializer.Serialize(aggregate);
        var back = JsonSerializer.Deserialize<EmotionAggregate>(json)!;
        var generated = JsonSerializer.Deserialize(JsonSerializer.Serialize(aggregate, EmotionJsonContext.Default.EmotionAggregate), EmotionJsonContext.Default.EmotionAggregate)!;

        // Assert
        Assert.Equal(json, JsonSerializer.Serialize(back));
        Assert.Equal(json, JsonSerializer.Serialize(generated));
        Assert.Equal(aggregate.MostNegative, back.MostNegative);
        Assert.Equal(aggregate.EmotionCounts, back.EmotionCounts);
        Assert.DoesNotContain("MeanValence", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Emotion_counts_of_the_wrong_length_are_rejected()
    {
        Assert.Throws<ArgumentException>(() => new EmotionAggregate { EmotionCounts = new int[3] });
        Assert.ThrowsAny<Exception>(() => JsonSerializer.Deserialize<EmotionAggregate>("""{"EmotionCounts":[1,2]}"""));
    }
}
