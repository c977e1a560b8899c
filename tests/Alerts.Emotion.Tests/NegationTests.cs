using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

public sealed class NegationTests
{
    [Fact]
    public void Negation_flips_nicht_gut_to_negative()
    {
        // Arrange
        const string text = "Das ist nicht gut";

        // Act
        var reading = Score(text);

        // Assert
        Assert.True(Valence("Das ist gut") > 0);
        Assert.Equal(SentimentLabel.Negative, reading.Label);
    }

    [Fact]
    public void Negation_flips_kein_Problem_to_positive()
    {
        Assert.True(Valence("Das ist ein Problem") < 0);
        Assert.True(Valence("Das ist kein Problem") > 0);
    }

    [Fact]
    public void German_negation_after_the_verb_flips_the_word_before_it()
    {
        Assert.True(Valence("Das gefällt mir") > 0);
        Assert.Equal(SentimentLabel.Negative, Score("Das gefällt mir nicht").Label);
    }

    [Fact]
    public void Negated_function_verb_is_a_complaint_in_both_languages()
    {
        Assert.Equal(SentimentLabel.Negative, Score("Die App funktioniert nicht", Language.German).Label);
        Assert.Equal(SentimentLabel.Negative, Score("The app does not work", Language.English).Label);
        Assert.Equal(SentimentLabel.Neutral, Score("Die App funktioniert", Language.German).Label);
    }

    [Fact]
    public void Negation_flips_not_bad_to_positive()
    {
        Assert.True(Valence("This is bad") < 0);
        Assert.True(Valence("This is not bad") > 0);
    }

    [Fact]
    public void Never_again_is_negative_although_again_alone_is_neutral()
    {
        Assert.Equal(SentimentLabel.Neutral, Score("We will fly again", Language.English).Label);
        Assert.Equal(SentimentLabel.Negative, Score("Never again.", Language.English).Label);
        Assert.Equal(SentimentLabel.Negative, Score("Nie wieder!", Language.German).Label);
    }

    [Fact]
    public void Negation_scope_ends_at_the_clause_boundary()
    {
        // "nicht" belongs to the first clause; "super" in the second must stay positive.
        Assert.True(Valence("Ich weiß es nicht. Super Sache!", Language.German) > 0);
    }

    [Fact]
    public void No_refund_stays_negative_instead_of_flipping()
    {
        Assert.Equal(SentimentLabel.Negative, Score("Still no refund", Language.English).Label);
        Assert.Equal(SentimentLabel.Negative, Score("Immer noch keine Antwort", Language.German).Label);
    }

    [Theory]
    [InlineData("Das Essen schmeckt nicht gut", "Das Essen schmeckt gut")]
    [InlineData("Die neue Folge gefällt mir nicht so gut", "Die neue Folge gefällt mir gut")]
    [InlineData("Ich mag das nicht so gerne", "Ich mag das gerne")]
    public void German_praising_verb_before_a_negated_adjective_does_not_outweigh_it(string negated, string plain)
    {
        Assert.Equal(SentimentLabel.Positive, Score(plain, Language.German).Label);
        Assert.Equal(SentimentLabel.Negative, Score(negated, Language.German).Label);
    }

    [Theory]
    [InlineData("Lecker und nicht teuer")]
    [InlineData("Tolles Hotel kein Lärm")]
    [InlineData("Ich liebe Tage ohne Stress")]
    public void German_praise_before_a_negated_complaint_stays_praise(string text)
    {
        Assert.Equal(SentimentLabel.Positive, Score(text, Language.German).Label);
    }

    [Theory]
    [InlineData("Bin heute zum Glück nicht in der Stadt")]
    [InlineData("Endlich nicht mehr arbeiten")]
    public void German_sentence_adverb_is_not_what_a_later_nicht_negates(string text)
    {
        Assert.NotEqual(SentimentLabel.Negative, Score(text, Language.German).Label);
        Assert.True(Valence(text, Language.German) > 0);
    }

    [Fact]
    public void German_sentence_adverb_leaves_the_verb_before_it_to_the_negation()
    {
        Assert.Equal(SentimentLabel.Negative, Score("Schmeckt leider überhaupt nicht", Language.German).Label);
    }

    [Fact]
    public void Glück_as_a_noun_is_still_negated()
    {
        Assert.Equal(SentimentLabel.Negative, Score("Das Glück war nicht auf unserer Seite", Language.German).Label);
    }

    [Theory]
    [InlineData("Ich freue mich nicht nur auf gutes Wetter, sondern auch auf euch", Language.German)]
    [InlineData("Not only fast but also friendly", Language.English)]
    public void Not_only_takes_the_negation_back(string text, Language language)
    {
        Assert.Equal(SentimentLabel.Positive, Score(text, language).Label);
    }

    [Theory]
    [InlineData("Thanks for nothing")]
    [InlineData("This fight is a joke")]
    [InlineData("Can't believe they lost again")]
    public void English_idioms_that_look_like_negation_or_praise_read_negative(string text)
    {
        Assert.Equal(SentimentLabel.Negative, Score(text, Language.English).Label);
    }
}
