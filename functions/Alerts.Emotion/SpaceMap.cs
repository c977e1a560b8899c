using System.Numerics;
using System.Runtime.InteropServices;
using System.Runtime.Intrinsics;

namespace Alerts.Emotion;

/// <summary>
/// Finds the word separators of a text 64 characters at a time: one bit per character, computed with vector
/// compares, then the next space or non-space is a count of trailing zeros. A character loop here spent most of
/// its time on mispredicted loop exits, one or two per chunk (profiled); a vectorised IndexOfAny per chunk paid
/// its set-up on chunks of five characters.
/// </summary>
internal ref struct SpaceMap
{
    private readonly ReadOnlySpan<char> _text;
    private int _block = -1;
    private ulong _mask;

    public SpaceMap(ReadOnlySpan<char> text) => _text = text;

    /// <summary>Word separators: ASCII white space, no-break, thin, zero-width and ideographic space.</summary>
    public static bool IsSpace(char c) =>
        c <= ' ' ? c == ' ' || (uint)(c - '\t') <= '\r' - '\t' : c >= '\u00A0' && c is '\u00A0' or '\u2009' or '\u200B' or '\u3000';

    /// <summary>Index of the first separator at or after <paramref name="from"/>, or the text length.</summary>
    public int NextSpace(int from)
    {
        while (from < _text.Length)
        {
            var block = from & ~63;
            var bits = Mask(block) >> (from & 63);
            if (bits != 0) return Math.Min(from + BitOperations.TrailingZeroCount(bits), _text.Length);
            from = block + 64;
        }

        return _text.Length;
    }

    /// <summary>Index of the first non-separator at or after <paramref name="from"/>, or the text length.</summary>
    public int NextNonSpace(int from)
    {
        while (from < _text.Length)
        {
            var block = from & ~63;
            var bits = ~Mask(block) >> (from & 63);
            if (bits != 0) return from + BitOperations.TrailingZeroCount(bits);
            from = block + 64;
        }

        return _text.Length;
    }

    /// <summary>Bit i set = the character at block + i is a separator or lies past the end.</summary>
    private ulong Mask(int block)
    {
        if (block == _block) return _mask;
        _block = block;
        var left = _text.Length - block;
        if (left >= 64 && Vector256.IsHardwareAccelerated)
        {
            _mask = Full(block);
        }
        else if (_text.Length >= 64 && Vector256.IsHardwareAccelerated)
        {
            // The last, partial block: the last 64 characters, shifted so bit 0 is the block start.
            _mask = (Full(_text.Length - 64) >> (64 - left)) | (ulong.MaxValue << left);
        }
        else
        {
            _mask = 0;
            for (var i = 0; i < 64; i++)
            {
                if (i >= left || IsSpace(_text[block + i])) _mask |= 1UL << i;
            }
        }

        return _mask;
    }

    private readonly ulong Full(int start)
    {
        var chars = MemoryMarshal.Cast<char, ushort>(_text.Slice(start, 64));
        ulong mask = 0;
        for (var k = 0; k < 4; k++)
        {
            var v = Vector256.Create(chars.Slice(16 * k, 16));
            var space = Vector256.Equals(v, Vector256.Create((ushort)' '))
                | Vector256.LessThanOrEqual(v - Vector256.Create((ushort)'\t'), Vector256.Create((ushort)('\r' - '\t')))
                | Vector256.Equals(v, Vector256.Create((ushort)'\u00A0'))
                | Vector256.Equals(v, Vector256.Create((ushort)'\u2009'))
                | Vector256.Equals(v, Vector256.Create((ushort)'\u200B'))
                | Vector256.Equals(v, Vector256.Create((ushort)'\u3000'));
            mask |= (ulong)space.ExtractMostSignificantBits() << (16 * k);
        }

        return mask;
    }
}
