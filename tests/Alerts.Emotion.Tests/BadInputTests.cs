using System.Diagnostics;
using System.Text;
using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

public sealed class BadInputTests
{
    [Fact]
    public void Empty_text_is_neutral_other_and_has_no_emotion()
    {
        // Act
        var reading = Score("");

        // Assert
        Assert.Equal(Language.Other, reading.Language);
        Assert.Equal(SentimentLabel.Neutral, reading.Label);
        Assert.Equal(0, reading.Valence);
        Assert.Null(reading.TopEmotion);
    }

    [Fact]
    public void One_megabyte_of_text_finishes_fast_without_exception()
    {
        // Arrange: prose, a megabyte without spaces, and a megabyte of one repeated letter.
        var prose = new StringBuilder();
        while (prose.Length < 1_000_000) prose.Append("Die Lieferung ist leider schon wieder zu spät, aber der Service war super! 😡 ");
        string[] texts = [prose.ToString(), new string('x', 1_000_000), new string('a', 500_000) + " " + new string('ü', 500_000)];

        // Act
        var watch = Stopwatch.StartNew();
        var readings = texts.Select(t => Score(t)).ToList();
        watch.Stop();

        // Assert: generous for a loaded CI box; quadratic behaviour would take minutes.
        Assert.True(watch.Elapsed < TimeSpan.FromSeconds(10), $"took {watch.Elapsed}");
        Assert.All(readings, r => Assert.InRange(r.Valence, -1, 1));
        Assert.Equal(Language.German, readings[0].Language);
    }

    [Fact]
    public void Only_emoji_is_scored_from_the_emoji()
    {
        var reading = Score("😍😍🎉");
        Assert.Equal(SentimentLabel.Positive, reading.Label);
        Assert.Equal(Language.Other, reading.Language);
    }

    [Fact]
    public void Mixed_languages_use_the_dominant_language_and_still_score()
    {
        var reading = Score("Das Update ist ein totales Desaster, so disappointing");
        Assert.Equal(Language.German, reading.Language);
        Assert.Equal(SentimentLabel.Negative, reading.Label);
    }

    [Fact]
    public void Invalid_utf16_surrogates_are_skipped()
    {
        // Arrange: lone high and low surrogates around real words.
        var text = "Das ist \uD83D gut \uDE00 und \uDC00\uD800 toll";

        // Act
        var reading = Score(text);

        // Assert
        Assert.Equal(SentimentLabel.Positive, reading.Label);
    }

    [Fact]
    public void Html_markup_and_entities_are_stripped_before_scoring()
    {
        // Arrange
        const string html = "<p>Der Service war <b>gro&szlig;artig</b> &amp; sehr freundlich&#33;</p><script>var bad = 'schrecklich';</script>";

        // Act
        var plain = EmotionAnalyzer.StripMarkup(html);
        var reading = Score(plain);

        // Assert
        Assert.DoesNotContain("<", plain, StringComparison.Ordinal);
        Assert.DoesNotContain("schrecklich", plain, StringComparison.Ordinal);
        Assert.Contains("großartig", plain, StringComparison.Ordinal);
        Assert.Equal(SentimentLabel.Positive, reading.Label);
    }

    [Fact]
    public void All_caps_shouting_reads_like_the_same_text_in_lower_case()
    {
        // Whole-text capitals are a register, not emphasis on one word: same label, no extra boost.
        var shouting = Score("DAS IST EINE FRECHHEIT UND ABZOCKE");
        var normal = Score("das ist eine frechheit und abzocke");
        Assert.Equal(SentimentLabel.Negative, shouting.Label);
        Assert.Equal(normal.Valence, shouting.Valence, 6);
        Assert.Equal(Language.German, shouting.Language);
    }
}
