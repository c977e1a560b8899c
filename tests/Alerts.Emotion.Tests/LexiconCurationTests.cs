using static Alerts.Emotion.Tests.Scoring;

namespace Alerts.Emotion.Tests;

/// <summary>
/// Our own word lists are held to rules the loader checks, so a curation slip fails at start-up with the entry's name
/// instead of being ignored or silently overriding an earlier reading.
/// </summary>
public sealed class LexiconCurationTests
{
    [Fact]
    public void The_shipped_lexicon_loads_with_no_entry_ignored()
    {
        var lexicon = LexiconLoader.Load();

        Assert.True(lexicon.WordCount > 10_000, $"only {lexicon.WordCount} words loaded");
    }

    [Fact]
    public void A_German_word_listed_under_two_readings_fails_the_load_with_its_name()
    {
        var builder = new LexiconBuilder();
        builder.AddGerman("ärgerlich", -1.5f, 0);
        builder.AddGerman("aergerlich", -2.0f, 0);

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("'aergerlich' is listed twice (as 'ärgerlich' before)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void An_English_word_listed_twice_in_our_list_fails_the_load_but_a_third_party_repeat_does_not()
    {
        var thirdParty = new LexiconBuilder();
        thirdParty.AddEnglish("meh", -0.5f, overwrite: true);
        thirdParty.AddEnglish("meh", -0.3f, overwrite: false);
        _ = thirdParty.Build();

        var ours = new LexiconBuilder();
        ours.AddEnglish("well done", 2.0f, overwrite: true, curated: true);
        ours.AddEnglish("well done", 2.0f, overwrite: true, curated: true);

        var error = Assert.Throws<InvalidOperationException>(ours.Build);
        Assert.Contains("English word 'well_done' is listed twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_among_the_rule_words_fails_the_load_because_rules_are_read_word_by_word()
    {
        var builder = new LexiconBuilder();
        builder.AddRule("boost", ["sehr", "schon_wieder"], german: true);

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("rule word 'schon_wieder' (boost) is a phrase", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_German_phrase_of_three_words_fails_the_load_because_phrases_are_word_pairs()
    {
        var builder = new LexiconBuilder();
        builder.AddGerman("die_nase_voll", -1.8f, 0);

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("phrase 'die_nase_voll' is not two words", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_phrase_listed_again_in_other_case_or_spelling_fails_the_load()
    {
        var builder = new LexiconBuilder { Source = "de/valence.txt" };
        builder.AddGerman("nase_voll", -1.8f, 0);
        builder.AddGerman("Nase_voll", -1.0f, 0);
        builder.AddGerman("spaß_haben", 1.8f, 0);
        builder.AddGerman("spass_haben", 1.8f, 0);

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("de/valence.txt: German word 'Nase_voll' is listed twice (as 'nase_voll' before)", error.Message, StringComparison.Ordinal);
        Assert.Contains("German word 'spass_haben' is listed twice (as 'spaß_haben' before)", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void A_German_prefix_listed_twice_fails_the_load()
    {
        var builder = new LexiconBuilder();
        builder.AddGermanPrefix("scheiß", -2.0f, 0);
        builder.AddGermanPrefix("scheiss", -1.0f, 0);

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("German prefix 'scheiss' is listed twice", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Every_problem_is_reported_at_once_with_its_file_including_an_unknown_or_German_only_rule_kind()
    {
        var builder = new LexiconBuilder { Source = "en/rules.txt" };
        builder.AddRule("adverb", ["luckily"], german: false);
        builder.AddRule("boosst", ["very"], german: false);
        builder.AddEnglishEmotions("kiss_of_death", 1);

        var error = Assert.Throws<InvalidOperationException>(builder.Build);

        Assert.Contains("en/rules.txt: rule kind 'adverb' is German-only", error.Message, StringComparison.Ordinal);
        Assert.Contains("en/rules.txt: unknown rule kind 'boosst'", error.Message, StringComparison.Ordinal);
        Assert.Contains("phrase 'kiss_of_death' is not two words", error.Message, StringComparison.Ordinal);
    }

    // These idioms were listed as three-word phrases, which the loader dropped without a word; as pairs they count.
    [Theory]
    [InlineData("Ich hab die Nase voll von eurem Service")]
    [InlineData("Ich habe es satt, ständig zu warten")]
    [InlineData("Das Update ging total ins Klo")]
    [InlineData("Beim Vertrag wurde ich über den Tisch gezogen")]
    public void German_complaint_idioms_read_negative(string text)
    {
        Assert.Equal(SentimentLabel.Negative, Score(text, Language.German).Label);
    }
}
