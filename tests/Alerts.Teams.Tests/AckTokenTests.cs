using System.Security.Cryptography;

namespace Alerts.Teams.Tests;

public sealed class AckTokenTests
{
    private static readonly byte[] Key = RandomNumberGenerator.GetBytes(32);
    private static readonly DateTimeOffset Now = new(2026, 11, 23, 13, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Expires = Now.AddHours(24);

    [Theory]
    [InlineData(AckAction.Acknowledge)]
    [InlineData(AckAction.Snooze)]
    [InlineData(AckAction.Resolve)]
    public void Token_round_trips_with_its_action(AckAction action)
    {
        // Arrange
        var token = AckToken.Create("al-42", action, Expires, Key);

        // Act
        var result = AckToken.Validate(token, "al-42", Now, Key, out var decoded);

        // Assert
        Assert.Equal(AckTokenValidation.Valid, result);
        Assert.Equal(action, decoded);
        Assert.Matches("^[A-Za-z0-9_-]+$", token);
    }

    [Fact]
    public void Every_single_flipped_bit_of_the_decoded_token_is_rejected()
    {
        // Arrange
        var token = AckToken.Create("al-42", AckAction.Acknowledge, Expires, Key);
        var bytes = Convert.FromBase64String(token.Replace('-', '+').Replace('_', '/') + new string('=', (4 - token.Length % 4) % 4));

        // Act and assert
        for (var bit = 0; bit < bytes.Length * 8; bit++)
        {
            var flipped = (byte[])bytes.Clone();
            flipped[bit / 8] ^= (byte)(1 << (bit % 8));
            var tampered = Convert.ToBase64String(flipped).TrimEnd('=').Replace('+', '-').Replace('/', '_');
            var result = AckToken.Validate(tampered, "al-42", Now, Key, out _);
            Assert.True(result is AckTokenValidation.BadSignature or AckTokenValidation.Malformed, $"bit {bit}: {result}");
        }
    }

    [Fact]
    public void Every_changed_character_of_the_token_is_rejected()
    {
        // Arrange: includes the last character, whose low bits base64 does not use.
        const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
        var token = AckToken.Create("al-42", AckAction.Snooze, Expires, Key);

        // Act and assert
        for (var i = 0; i < token.Length; i++)
        {
            foreach (var c in Alphabet.Where(c => c != token[i]))
            {
                var tampered = token[..i] + c + token[(i + 1)..];
                Assert.NotEqual(AckTokenValidation.Valid, AckToken.Validate(tampered, "al-42", Now, Key, out _));
            }
        }
    }

    [Fact]
    public void Expired_token_is_rejected_as_expired()
    {
        // Arrange
        var token = AckToken.Create("al-42", AckAction.Acknowledge, Now.AddMinutes(-1), Key);

        // Act
        var result = AckToken.Validate(token, "al-42", Now, Key, out _);

        // Assert
        Assert.Equal(AckTokenValidation.Expired, result);
        Assert.Equal(AckTokenValidation.Expired, AckToken.Validate(AckToken.Create("al-42", AckAction.Acknowledge, Now, Key), "al-42", Now, Key, out _));
    }

    [Fact]
    public void Token_replayed_for_another_alert_is_wrong_alert()
    {
        // Arrange
        var token = AckToken.Create("al-42", AckAction.Acknowledge, Expires, Key);

        // Act
        var result = AckToken.Validate(token, "al-43", Now, Key, out _);

        // Assert
        Assert.Equal(AckTokenValidation.WrongAlert, result);
    }

    [Fact]
    public void Token_signed_with_another_key_has_a_bad_signature()
    {
        // Arrange
        var token = AckToken.Create("al-42", AckAction.Acknowledge, Expires, RandomNumberGenerator.GetBytes(32));

        // Act
        var result = AckToken.Validate(token, "al-42", Now, Key, out _);

        // Assert
        Assert.Equal(AckTokenValidation.BadSignature, result);
    }

    [Theory]
    [InlineData("")]
    [InlineData("not a token")]
    [InlineData("AAAA")]
    [InlineData("AQAAAAAAAAAAAWFsLTQy====")]
    public void Garbage_is_malformed(string token)
    {
        // Act
        var result = AckToken.Validate(token, "al-42", Now, Key, out _);

        // Assert
        Assert.Equal(AckTokenValidation.Malformed, result);
    }

    [Fact]
    public void Short_keys_are_refused()
    {
        // Act and assert
        Assert.Throws<ArgumentException>(() => AckToken.Create("al-42", AckAction.Acknowledge, Expires, new byte[16]));
    }
}
