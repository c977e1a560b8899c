using System.Buffers.Binary;

namespace Alerts.Detection;

/// <summary>Little-endian writer over a fixed buffer; the state layout is versioned by <see cref="TopicDetector"/>.</summary>
internal ref struct StateWriter(Span<byte> buffer)
{
    private readonly Span<byte> _buffer = buffer;

    public int Position { get; private set; }

    public void Byte(byte value) => _buffer[Position++] = value;

    public void Bool(bool value) => Byte(value ? (byte)1 : (byte)0);

    public void UShort(ushort value) => BinaryPrimitives.WriteUInt16LittleEndian(Take(2), value);

    public void Int(int value) => BinaryPrimitives.WriteInt32LittleEndian(Take(4), value);

    public void UInt(uint value) => BinaryPrimitives.WriteUInt32LittleEndian(Take(4), value);

    public void Long(long value) => BinaryPrimitives.WriteInt64LittleEndian(Take(8), value);

    public void Float(float value) => BinaryPrimitives.WriteSingleLittleEndian(Take(4), value);

    public void Double(double value) => BinaryPrimitives.WriteDoubleLittleEndian(Take(8), value);

    public void Floats(ReadOnlySpan<float> values)
    {
        foreach (var v in values) Float(v);
    }

    public void UShorts(ReadOnlySpan<ushort> values)
    {
        foreach (var v in values) UShort(v);
    }

    public void Bytes(ReadOnlySpan<byte> values)
    {
        values.CopyTo(Take(values.Length));
    }

    private Span<byte> Take(int count)
    {
        var slice = _buffer.Slice(Position, count);
        Position += count;
        return slice;
    }
}
