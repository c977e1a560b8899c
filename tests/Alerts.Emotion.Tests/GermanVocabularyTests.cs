using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

public sealed class GermanVocabularyTests
{
    [Theory]
    [InlineData("Schöne Grüße und viel Spaß", "Schoene Gruesse und viel Spass")]
    [InlineData("Das ist hässlich", "Das ist haesslich")]
    [InlineData("Ich bin so enttäuscht", "Ich bin so enttaeuscht")]
    [InlineData("Was für ein Ärger", "Was fuer ein Aerger")]
    public void Umlaut_and_sz_spellings_score_alike(string umlauts, string spelledOut)
    {
        Assert.NotEqual(0, Valence(umlauts, Language.German));
        Assert.Equal(Valence(umlauts, Language.German), Valence(spelledOut, Language.German), 6);
    }

    [Fact]
    public void Umlauts_in_capitals_fold_too()
    {
        Assert.NotEqual(0, Valence("SO EIN ÄRGER", Language.German));
        Assert.Equal(Valence("SO EIN ÄRGER", Language.German), Valence("SO EIN AERGER", Language.German), 6);
    }

    [Theory]
    [InlineData("Servicekatastrophe bei der Bahn")]
    [InlineData("Totales Lieferchaos heute")]
    [InlineData("Die Kundenservicewüste ist zurück")]
    public void Compound_head_carries_the_sentiment(string text)
    {
        Assert.Equal(SentimentLabel.Negative, Score(text, Language.German).Label);
    }

    [Fact]
    public void Compound_splitting_does_not_invent_sentiment_for_neutral_nouns()
    {
        Assert.Equal(SentimentLabel.Neutral, Score("Die Bestellung und die Rechnung sind da", Language.German).Label);
    }

    [Theory]
    [InlineData("Schon wieder 40 Minuten Verspätung")]
    [InlineData("Das ist reine Abzocke")]
    [InlineData("So eine Frechheit von der Hotline")]
    [InlineData("Bestellung storniert und Geld ist weg")]
    [InlineData("Der Kundenservice ist unfreundlich und unzuverlässig")]
    public void German_brand_complaints_are_negative(string text)
    {
        Assert.Equal(SentimentLabel.Negative, Score(text, Language.German).Label);
    }

    [Theory]
    [InlineData("My flight was cancelled again")]
    [InlineData("Still waiting for my refund")]
    [InlineData("45 minutes on the hotline and nobody answered")]
    public void English_brand_complaints_are_negative(string text)
    {
        Assert.Equal(SentimentLabel.Negative, Score(text, Language.English).Label);
    }

    [Fact]
    public void Complaint_vocabulary_reads_as_anger()
    {
        Assert.Equal(EmotionCategory.Anger, Score("Was für eine Frechheit, reine Abzocke", Language.German).TopEmotion);
    }

    [Theory]
    [InlineData("Glückwunsch", SentimentLabel.Positive)]
    [InlineData("Ich lach mich schlapp", SentimentLabel.Positive)]
    [InlineData("Das Konzert gestern hat gerockt", SentimentLabel.Positive)]
    [InlineData("Der Umzug am Montag wird die Hölle", SentimentLabel.Negative)]
    [InlineData("Mit dem Service geht es den Bach runter", SentimentLabel.Negative)]
    [InlineData("Die neue Funktion braucht keiner", SentimentLabel.Negative)]
    [InlineData("Gottseidank!", SentimentLabel.Positive)]
    public void Everyday_praise_and_idioms_read_as_meant(string text, SentimentLabel expected)
    {
        Assert.Equal(expected, Score(text, Language.German).Label);
    }
}
