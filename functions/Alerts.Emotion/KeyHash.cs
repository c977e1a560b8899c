using System.Runtime.CompilerServices;

namespace Alerts.Emotion;

/// <summary>The hash of <see cref="SpanTable{TValue}"/> keys: a multiply per character, then a final mix.</summary>
internal static class KeyHash
{
    public const ulong Start = 0x243F6A8885A308D3;

    /// <summary>
    /// The key's hash: <see cref="Step"/> per character, then <see cref="End"/>. Per character so that
    /// <see cref="TextNormalizer.Fold(ReadOnlySpan{char}, Span{char}, out TokenShape, out uint, bool)"/> can compute
    /// it while it writes the key, and the word is not read a second time. Ordinal: same characters, same hash.
    /// </summary>
    public static uint Of(ReadOnlySpan<char> key)
    {
        var h = Start;
        foreach (var c in key) h = Step(h, c);
        return End(h);
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static ulong Step(ulong h, char c) => (h ^ c) * 0x9E3779B97F4A7C15;

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    public static uint End(ulong h)
    {
        h ^= h >> 29;
        h *= 0xBF58476D1CE4E5B9;
        return (uint)(h >> 32);
    }
}
