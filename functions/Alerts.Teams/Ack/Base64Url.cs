namespace Alerts.Teams;

/// <summary>
/// Base64url without padding (RFC 4648 §5). Decoding accepts only the canonical form, so two different strings
/// never decode to the same token (the unused low bits of the last character must be zero).
/// </summary>
internal static class Base64Url
{
    public static string Encode(ReadOnlySpan<byte> bytes) => System.Buffers.Text.Base64Url.EncodeToString(bytes);

    public static byte[]? Decode(string? text)
    {
        if (string.IsNullOrEmpty(text) || text.Length > 1024 || text.Contains('='))
        {
            return null;
        }

        byte[] bytes;
        try
        {
            bytes = System.Buffers.Text.Base64Url.DecodeFromChars(text);
        }
        catch (FormatException)
        {
            return null;
        }

        return string.Equals(Encode(bytes), text, StringComparison.Ordinal) ? bytes : null;
    }
}
