using System.Buffers.Binary;

namespace Alerts.Detection;

/// <summary>Reads what <see cref="StateWriter"/> wrote; a short buffer is a corrupt state and throws.</summary>
internal ref struct StateReader(ReadOnlySpan<byte> buffer)
{
    private readonly ReadOnlySpan<byte> _buffer = buffer;

    public int Position { get; private set; }

    public byte Byte() => Take(1)[0];

    public bool Bool() => Byte() != 0;

    public ushort UShort() => BinaryPrimitives.ReadUInt16LittleEndian(Take(2));

    public int Int() => BinaryPrimitives.ReadInt32LittleEndian(Take(4));

    public uint UInt() => BinaryPrimitives.ReadUInt32LittleEndian(Take(4));

    public long Long() => BinaryPrimitives.ReadInt64LittleEndian(Take(8));

    public float Float() => BinaryPrimitives.ReadSingleLittleEndian(Take(4));

    public double Double() => BinaryPrimitives.ReadDoubleLittleEndian(Take(8));

    public void Floats(Span<float> into)
    {
        for (var i = 0; i < into.Length; i++) into[i] = Float();
    }

    public void UShorts(Span<ushort> into)
    {
        for (var i = 0; i < into.Length; i++) into[i] = UShort();
    }

    public void Bytes(Span<byte> into) => Take(into.Length).CopyTo(into);

    private ReadOnlySpan<byte> Take(int count)
    {
        if (Position + count > _buffer.Length)
        {
            throw new FormatException($"Detector state is truncated: needed {Position + count} bytes, got {_buffer.Length}.");
        }

        var slice = _buffer.Slice(Position, count);
        Position += count;
        return slice;
    }
}
