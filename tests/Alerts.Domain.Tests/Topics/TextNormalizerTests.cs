using Alerts.Domain.Topics;

namespace Alerts.Domain.Tests.Topics;

public sealed class TextNormalizerTests
{
    [Theory]
    [InlineData("Müller", "mueller")]
    [InlineData("MÜLLER", "mueller")]
    [InlineData("Mueller", "mueller")]
    [InlineData("Straße", "strasse")]
    [InlineData("STRASSE", "strasse")]
    [InlineData("Ärger Öl Übel", "aerger oel uebel")]
    [InlineData("Café Crème", "cafe creme")]
    [InlineData("Søren Łódź", "soren lodz")]
    [InlineData("Mu\u0308ller", "mueller")]
    [InlineData("ÆON", "aeon")]
    public void Normalize_lower_cases_spells_out_umlauts_and_strips_diacritics(string input, string expected)
    {
        // Act
        var normalized = TextNormalizer.Normalize(input);

        // Assert
        Assert.Equal(expected, normalized);
    }

    [Fact]
    public void Normalize_into_a_span_rejects_a_destination_that_may_be_too_short()
    {
        // Arrange
        var destination = new char[3];

        // Act
        var error = Assert.Throws<ArgumentException>(() => TextNormalizer.Normalize("ßß", destination));

        // Assert
        Assert.Equal("destination", error.ParamName);
    }

    [Fact]
    public void Tokenize_splits_words_hashtags_and_handles_and_keeps_their_positions()
    {
        // Arrange
        const string text = "Streik bei der #Lufthansa, sagt @DB_Bahn: Verspätung!";

        // Act
        var tokens = TextNormalizer.Tokenize(text);

        // Assert
        Assert.Equal(
            [
                new TextToken(TokenKind.Word, "streik", 0, 6),
                new TextToken(TokenKind.Word, "bei", 7, 3),
                new TextToken(TokenKind.Word, "der", 11, 3),
                new TextToken(TokenKind.Hashtag, "lufthansa", 16, 9),
                new TextToken(TokenKind.Word, "sagt", 27, 4),
                new TextToken(TokenKind.Handle, "db_bahn", 33, 7),
                new TextToken(TokenKind.Word, "verspaetung", 42, 10),
            ],
            tokens);
    }

    [Theory]
    [InlineData("Lufthansa-Streik", "lufthansa|streik")]
    [InlineData("info@lufthansa.com", "info|lufthansa|com")]
    [InlineData("C# und F#", "c|und|f")]
    [InlineData("„Bahn“ – wieder 🚆 zu spät…", "bahn|wieder|zu|spaet")]
    [InlineData("##doppelt #", "doppelt")]
    [InlineData("", "")]
    public void Tokenize_treats_punctuation_emoji_and_misplaced_sigils_as_separators(string text, string expected)
    {
        // Act
        var words = string.Join('|', TextNormalizer.Tokenize(text).Select(t => t.Text));

        // Assert
        Assert.Equal(expected, words);
    }

    [Fact]
    public void A_hash_or_at_sign_inside_a_word_does_not_start_a_hashtag_or_handle()
    {
        // Act
        var tokens = TextNormalizer.Tokenize("foo#bar mail@example");

        // Assert
        Assert.All(tokens, t => Assert.Equal(TokenKind.Word, t.Kind));
    }
}
