using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

public sealed class GermanWordFormationTests
{
    [Theory]
    [InlineData("Heute wieder Scheißwetter", SentimentLabel.Negative)]
    [InlineData("Was für ein Drecksladen", SentimentLabel.Negative)]
    [InlineData("Heute ist Traumwetter", SentimentLabel.Positive)]
    [InlineData("Mein Lieblingscafé hat wieder auf", SentimentLabel.Positive)]
    public void An_evaluative_first_part_gives_an_unknown_compound_its_valence(string text, SentimentLabel expected)
    {
        Assert.Equal(expected, Score(text, Language.German).Label);
    }

    [Fact]
    public void An_intensifying_first_part_scales_a_known_sentiment_word()
    {
        Assert.True(Valence("Das ist saublöd", Language.German) < Valence("Das ist blöd", Language.German));
        Assert.True(Valence("Ich bin todtraurig", Language.German) < Valence("Ich bin traurig", Language.German));
        Assert.True(Valence("Das war saugut", Language.German) > Valence("Das war gut", Language.German));
    }

    [Fact]
    public void An_intensifying_first_part_before_a_neutral_word_adds_nothing()
    {
        Assert.Equal(0, Valence("Ein ganz stinknormaler Dienstag", Language.German));
    }

    [Theory]
    [InlineData("Heute keinen Bock auf Montag")]
    [InlineData("Schon wieder schlechte Laune")]
    [InlineData("Die App streikt")]
    [InlineData("Das ist einfach ätzend")]
    public void Colloquial_complaints_are_negative(string text)
    {
        Assert.Equal(SentimentLabel.Negative, Score(text, Language.German).Label);
    }

    [Theory]
    [InlineData("Gute Besserung!")]
    [InlineData("Hab dich lieb, hdl")]
    [InlineData("Schönes Wochenende euch allen")]
    public void Social_formulas_are_positive(string text)
    {
        Assert.Equal(SentimentLabel.Positive, Score(text, Language.German).Label);
    }

    [Fact]
    public void One_regretful_word_already_reads_as_negative()
    {
        Assert.Equal(SentimentLabel.Negative, Score("Leider ist das Paket noch da", Language.German).Label);
    }

    [Theory]
    [InlineData("So eine Dummheit", "dumm")]
    [InlineData("Was für eine Peinlichkeit", "peinlich")]
    [InlineData("Totale Fassungslosigkeit", "fassungslos")]
    public void A_noun_of_quality_takes_its_adjectives_reading(string text, string adjective)
    {
        var noun = Score(text, Language.German);
        Assert.Equal(SentimentLabel.Negative, noun.Label);
        Assert.Equal(Math.Sign(Valence(adjective, Language.German)), Math.Sign(noun.Valence));
    }
}
