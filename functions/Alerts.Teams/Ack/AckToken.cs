using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Alerts.Teams;

/// <summary>
/// The signed token in a card's acknowledge/snooze link (issue 5, "Acknowledgement from the card").
/// Layout before base64url: <c>version(1) | expiry unix seconds(8, big-endian) | action(1) | alertId UTF-8 | HMAC-SHA256(32)</c>,
/// the HMAC covering everything before it. Stateless: a token stays usable until it expires, so the POST handler
/// must make state changes idempotent (acknowledging twice is a no-op).
/// </summary>
public static class AckToken
{
    /// <summary>HMAC keys shorter than this are refused (RFC 2104 recommends at least the hash length).</summary>
    public const int MinKeyBytes = 32;

    /// <summary>Alert ids are short keys; the bound keeps links short.</summary>
    public const int MaxAlertIdBytes = 200;

    private const byte Version = 1;
    private const int HeaderBytes = 1 + 8 + 1;
    private const int MacBytes = 32;

    public static string Create(string alertId, AckAction action, DateTimeOffset expires, ReadOnlySpan<byte> key)
    {
        ArgumentException.ThrowIfNullOrEmpty(alertId);
        CheckKey(key);
        if (!Enum.IsDefined(action))
        {
            throw new ArgumentOutOfRangeException(nameof(action), action, "unknown action");
        }

        var idBytes = Encoding.UTF8.GetBytes(alertId);
        if (idBytes.Length > MaxAlertIdBytes)
        {
            throw new ArgumentException($"alert id longer than {MaxAlertIdBytes} UTF-8 bytes", nameof(alertId));
        }

        var token = new byte[HeaderBytes + idBytes.Length + MacBytes];
        token[0] = Version;
        BinaryPrimitives.WriteInt64BigEndian(token.AsSpan(1, 8), expires.ToUnixTimeSeconds());
        token[9] = (byte)action;
        idBytes.CopyTo(token.AsSpan(HeaderBytes));
        var payloadLength = token.Length - MacBytes;
        HMACSHA256.HashData(key, token.AsSpan(0, payloadLength), token.AsSpan(payloadLength));
        return Base64Url.Encode(token);
    }

    /// <summary>
    /// Checks, in this order: shape, signature (constant-time), alert, expiry. <paramref name="action"/> is set only when the result is
    /// <see cref="AckTokenValidation.Valid"/>; otherwise it is <see cref="AckAction.Acknowledge"/> and means nothing.
    /// </summary>
    public static AckTokenValidation Validate(string? token, string expectedAlertId, DateTimeOffset now, ReadOnlySpan<byte> key, out AckAction action)
    {
        ArgumentNullException.ThrowIfNull(expectedAlertId);
        CheckKey(key);
        action = AckAction.Acknowledge;
        var bytes = Base64Url.Decode(token);
        if (bytes is null || bytes.Length < HeaderBytes + 1 + MacBytes || bytes.Length > HeaderBytes + MaxAlertIdBytes + MacBytes)
        {
            return AckTokenValidation.Malformed;
        }

        var payloadLength = bytes.Length - MacBytes;
        Span<byte> expected = stackalloc byte[MacBytes];
        HMACSHA256.HashData(key, bytes.AsSpan(0, payloadLength), expected);
        if (!CryptographicOperations.FixedTimeEquals(expected, bytes.AsSpan(payloadLength)))
        {
            return AckTokenValidation.BadSignature;
        }

        // Only a genuine token gets its fields read.
        if (bytes[0] != Version || !Enum.IsDefined((AckAction)bytes[9]))
        {
            return AckTokenValidation.Malformed;
        }

        var alertId = Encoding.UTF8.GetString(bytes, HeaderBytes, payloadLength - HeaderBytes);
        if (!string.Equals(alertId, expectedAlertId, StringComparison.Ordinal))
        {
            return AckTokenValidation.WrongAlert;
        }

        var expires = DateTimeOffset.FromUnixTimeSeconds(BinaryPrimitives.ReadInt64BigEndian(bytes.AsSpan(1, 8)));
        if (now >= expires)
        {
            return AckTokenValidation.Expired;
        }

        action = (AckAction)bytes[9];
        return AckTokenValidation.Valid;
    }

    private static void CheckKey(ReadOnlySpan<byte> key)
    {
        if (key.Length < MinKeyBytes)
        {
            throw new ArgumentException($"the ack signing key must have at least {MinKeyBytes} bytes (has {key.Length})", nameof(key));
        }
    }
}
