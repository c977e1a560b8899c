using System.Buffers;
using System.Text;

namespace Alerts.Feeds;

/// <summary>
/// Text decoded from a document's bytes, with the encoding chosen and why it was not clean. The characters live in
/// a pooled buffer rather than a string: a 1 MB feed would otherwise put a 2 MB string on the large object heap on
/// every parse, and each of those pulls a full garbage collection closer. Dispose returns the buffer.
/// </summary>
internal sealed class DecodedDocument : IDisposable
{
    private char[]? _buffer;
    private readonly int _length;

    public DecodedDocument(ReadOnlySpan<byte> bytes, Encoding decoder, Encoding encoding, IReadOnlyList<string> warnings, bool recovered)
    {
        // One pass into a buffer of the maximum length (GetString counts first, then decodes: two passes).
        _buffer = ArrayPool<char>.Shared.Rent(Math.Max(1, decoder.GetMaxCharCount(bytes.Length)));
        try
        {
            _length = decoder.GetChars(bytes, _buffer);
        }
        catch (DecoderFallbackException)
        {
            ArrayPool<char>.Shared.Return(_buffer);
            throw;
        }

        Encoding = encoding;
        Warnings = warnings;
        Recovered = recovered;
    }

    public ReadOnlyMemory<char> Text => (_buffer ?? throw new ObjectDisposedException(nameof(DecodedDocument))).AsMemory(0, _length);

    public Encoding Encoding { get; }

    public IReadOnlyList<string> Warnings { get; }

    public bool Recovered { get; }

    public void Dispose()
    {
        if (_buffer is null) return;
        ArrayPool<char>.Shared.Return(_buffer);
        _buffer = null;
    }
}
