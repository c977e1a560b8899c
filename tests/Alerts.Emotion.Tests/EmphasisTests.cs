using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

public sealed class EmphasisTests
{
    [Theory]
    [InlineData("😍", SentimentLabel.Positive)]
    [InlineData("😡😡😡", SentimentLabel.Negative)]
    [InlineData(":D", SentimentLabel.Positive)]
    [InlineData(":(", SentimentLabel.Negative)]
    [InlineData("-.-", SentimentLabel.Negative)]
    [InlineData(";_;", SentimentLabel.Negative)]
    [InlineData("</3", SentimentLabel.Negative)]
    [InlineData("._.", SentimentLabel.Negative)]
    [InlineData("^^ *freu*", SentimentLabel.Positive)]
    public void Emoji_and_emoticons_count(string face, SentimentLabel expected)
    {
        Assert.Equal(expected, Score($"Paket ist da {face}", Language.German).Label);
        Assert.Equal(expected, Score($"Parcel is here {face}", Language.English).Label);
    }

    [Fact]
    public void A_mild_smiley_leans_positive_and_two_count_more_than_one()
    {
        Assert.True(Valence("Paket ist da :-)", Language.German) > 0);
        Assert.True(Valence("Paket ist da :-) :-)", Language.German) > Valence("Paket ist da :-)", Language.German));
    }

    [Fact]
    public void Emoji_carry_an_emotion()
    {
        Assert.Equal(EmotionCategory.Anger, Score("😡").TopEmotion);
        Assert.Equal(EmotionCategory.Joy, Score("😍").TopEmotion);
    }

    [Fact]
    public void Elongation_boosts_and_still_finds_the_word()
    {
        Assert.True(Valence("this is sooooo good", Language.English) > Valence("this is good", Language.English));
        Assert.True(Valence("Das ist guuuut", Language.German) > 0);
    }

    [Fact]
    public void A_word_in_capitals_among_lower_case_is_boosted()
    {
        Assert.True(Valence("Das ist GUT", Language.German) > Valence("Das ist gut", Language.German));
        Assert.True(Valence("this is BAD", Language.English) < Valence("this is bad", Language.English));
    }

    [Fact]
    public void Exclamation_marks_amplify()
    {
        Assert.True(Valence("Frechheit!!!", Language.German) < Valence("Frechheit", Language.German));
    }

    [Theory]
    [InlineData("#fail", SentimentLabel.Negative)]
    [InlineData("#shitstorm", SentimentLabel.Negative)]
    [InlineData("#danke", SentimentLabel.Positive)]
    public void Hashtags_are_scored_like_their_word(string hashtag, SentimentLabel expected)
    {
        Assert.Equal(expected, Score($"Die Bahn heute {hashtag}", Language.German).Label);
    }

    [Fact]
    public void Hashtag_weighs_a_little_more_than_the_bare_word()
    {
        Assert.True(Valence("Die Bahn heute #fail", Language.German) < Valence("Die Bahn heute fail", Language.German));
    }

    [Fact]
    public void A_new_face_carries_its_emotion()
    {
        Assert.Equal(EmotionCategory.Sadness, Score("Paket ist da ;_;", Language.German).TopEmotion);
    }
}
