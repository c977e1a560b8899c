using System.Buffers.Binary;
using System.Text;
using System.Text.RegularExpressions;

namespace Alerts.Feeds;

/// <summary>
/// Bytes → text, following XML 1.0 Appendix F (BOM, then UTF-16/32 byte patterns, then the declaration) and
/// RFC 7303 §3 (an HTTP <c>charset</c> overrides the declaration). We deliberately do not apply the old RFC 3023
/// rule that <c>text/xml</c> without charset means US-ASCII (bench-data README "Caveats"). Undecodable bytes
/// fall back to windows-1252 for a UTF-8 document (what mis-labelled feeds usually are) and mark the result recovered.
/// </summary>
internal static partial class DocumentDecoder
{
    static DocumentDecoder() => Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);

    public static DecodedDocument Decode(ReadOnlySpan<byte> bytes, string? contentType)
    {
        var warnings = new List<string>();
        var recovered = false;
        var (encoding, bomLength) = FromBom(bytes);
        var httpCharset = CharsetOf(contentType);
        if (encoding is null)
        {
            var declared = DeclaredEncoding(bytes);
            var name = httpCharset ?? declared;
            if (httpCharset is not null && declared is not null && !SameEncoding(httpCharset, declared))
            {
                // Normal under RFC 7303, so a warning for the operator, not a recovery.
                warnings.Add($"HTTP charset '{httpCharset}' overrides the declared encoding '{declared}'");
            }

            encoding = name is null ? new UTF8Encoding(false) : TryGetEncoding(name);
            if (encoding is null)
            {
                warnings.Add($"unknown encoding '{name}', decoding as UTF-8");
                recovered = true;
                encoding = new UTF8Encoding(false);
            }
        }

        if (contentType is not null && MediaType(contentType) is { } media && !IsFeedMediaType(media))
        {
            warnings.Add($"served as '{media}', which is not an XML or feed media type");
        }

        var body = bytes[bomLength..];
        var strict = (Encoding)encoding.Clone();
        strict.DecoderFallback = DecoderFallback.ExceptionFallback;
        try
        {
            return new DecodedDocument(body, strict, encoding, warnings, recovered);
        }
        catch (DecoderFallbackException ex)
        {
            var fallback = encoding.CodePage == Encoding.UTF8.CodePage ? Encoding.GetEncoding(1252) : encoding;
            warnings.Add($"bytes are not valid {encoding.WebName} (at byte {ex.Index}); decoded as {fallback.WebName}");
            return new DecodedDocument(body, fallback, fallback, warnings, true);
        }
    }

    private static (Encoding? Encoding, int BomLength) FromBom(ReadOnlySpan<byte> b)
    {
        if (b.Length >= 3 && b[0] == 0xEF && b[1] == 0xBB && b[2] == 0xBF) return (new UTF8Encoding(false), 3);
        if (b.Length >= 4 && BinaryPrimitives.ReadUInt32BigEndian(b) == 0x0000FEFF) return (new UTF32Encoding(true, false), 4);
        if (b.Length >= 4 && BinaryPrimitives.ReadUInt32BigEndian(b) == 0xFFFE0000) return (new UTF32Encoding(false, false), 4);
        if (b.Length >= 2 && b[0] == 0xFE && b[1] == 0xFF) return (new UnicodeEncoding(true, false), 2);
        if (b.Length >= 2 && b[0] == 0xFF && b[1] == 0xFE) return (new UnicodeEncoding(false, false), 2);

        // No BOM: the byte pattern of "<" or "<?" tells UTF-16/32 and byte order (XML 1.0 Appendix F.1).
        if (b.Length >= 4)
        {
            if (b[0] == 0 && b[1] == 0 && b[2] == 0 && b[3] == '<') return (new UTF32Encoding(true, false), 0);
            if (b[0] == '<' && b[1] == 0 && b[2] == 0 && b[3] == 0) return (new UTF32Encoding(false, false), 0);
            if (b[0] == 0 && b[1] == '<') return (new UnicodeEncoding(true, false), 0);
            if (b[0] == '<' && b[1] == 0) return (new UnicodeEncoding(false, false), 0);
        }

        return (null, 0);
    }

    private static string MediaType(string contentType) => contentType.Split(';')[0].Trim().ToLowerInvariant();

    private static bool IsFeedMediaType(string media) =>
        media.EndsWith("xml", StringComparison.Ordinal) || media.EndsWith("+json", StringComparison.Ordinal) || media is "application/json" or "application/octet-stream";

    private static string? DeclaredEncoding(ReadOnlySpan<byte> bytes)
    {
        var head = Encoding.Latin1.GetString(bytes[..Math.Min(bytes.Length, 512)]);
        var m = DeclarationPattern().Match(head);
        return m.Success ? m.Groups[1].Value : null;
    }

    public static string? CharsetOf(string? contentType)
    {
        if (string.IsNullOrEmpty(contentType)) return null;
        var m = CharsetPattern().Match(contentType);
        return m.Success ? m.Groups[1].Value.Trim('"', '\'', ' ') : null;
    }

    private static Encoding? TryGetEncoding(string name)
    {
        try
        {
            // GB 2312 text is routinely GBK/GB 18030 in practice; decode with the superset (WHATWG Encoding Standard maps the label to GBK).
            return Encoding.GetEncoding(name.Equals("gb2312", StringComparison.OrdinalIgnoreCase) ? "gb18030" : name);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static bool SameEncoding(string a, string b) =>
        TryGetEncoding(a) is { } ea && TryGetEncoding(b) is { } eb ? ea.CodePage == eb.CodePage : a.Equals(b, StringComparison.OrdinalIgnoreCase);

    [GeneratedRegex(@"^\s*<\?xml[^>]*?encoding\s*=\s*[""']([A-Za-z0-9._:\-]+)[""']", RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex DeclarationPattern();

    [GeneratedRegex(@"charset\s*=\s*([^;]+)", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant, matchTimeoutMilliseconds: 200)]
    private static partial Regex CharsetPattern();
}
