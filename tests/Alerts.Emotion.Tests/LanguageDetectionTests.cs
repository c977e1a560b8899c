using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

public sealed class LanguageDetectionTests
{
    [Theory]
    [InlineData("Ich warte seit zwei Stunden auf den Zug", Language.German)]
    [InlineData("Die neue Kampagne ist online", Language.German)]
    [InlineData("I have been waiting for the train for two hours", Language.English)]
    [InlineData("This is the best campaign of the year", Language.English)]
    [InlineData("Ceci est une phrase française", Language.Other)]
    [InlineData("12345 !!!", Language.Other)]
    [InlineData("Langsam wird's hell draußen", Language.German)]
    [InlineData("Hab's gestern gesehen, wird's besser?", Language.German)]
    public void Function_words_decide_the_language(string text, Language expected)
    {
        Assert.Equal(expected, Score(text).Language);
    }

    [Fact]
    public void Hint_overrides_detection_and_selects_the_lexicon()
    {
        // "die" is a negative English word but a German article.
        Assert.Equal(Language.English, Score("die", Language.English).Language);
        Assert.True(Valence("die", Language.English) < 0);
        Assert.Equal(0, Valence("die", Language.German));
    }

    [Fact]
    public void German_text_is_not_scored_with_english_false_friends()
    {
        // "Gift" is poison and "Kind" a child: neither is English praise here.
        Assert.True(Valence("Das Kind hat das Gift") <= 0);
        Assert.True(Valence("kind gift", Language.English) > 0);
    }
}
