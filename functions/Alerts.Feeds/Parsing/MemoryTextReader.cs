namespace Alerts.Feeds;

/// <summary>A <see cref="StringReader"/> over characters that are not a string (the pooled buffer of <see cref="DecodedDocument"/>).</summary>
internal sealed class MemoryTextReader(ReadOnlyMemory<char> text) : TextReader
{
    private int _position;

    public override int Peek() => _position < text.Length ? text.Span[_position] : -1;

    public override int Read() => _position < text.Length ? text.Span[_position++] : -1;

    public override int Read(char[] buffer, int index, int count) => Read(buffer.AsSpan(index, count));

    public override int Read(Span<char> buffer)
    {
        var n = Math.Min(buffer.Length, text.Length - _position);
        text.Span.Slice(_position, n).CopyTo(buffer);
        _position += n;
        return n;
    }

    public override int ReadBlock(char[] buffer, int index, int count) => Read(buffer, index, count);

    public override int ReadBlock(Span<char> buffer) => Read(buffer);
}
