using System.Numerics;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;

namespace Alerts.Emotion;

/// <summary>
/// A read-only string-keyed table looked up by span, laid out for few cache misses. Profiling the scorer on
/// distinct posts showed the word lookup waiting on memory: a frozen dictionary touches a bucket, a hash code,
/// a key reference, the key string and the value, each in a different place. Here a lookup reads one 8-byte slot
/// (hash and where the key is) and, only when the hash matches, one record holding the key's characters with
/// the value right behind them. Open addressing with linear probing at a load of at most one half.
/// </summary>
/// <remarks>
/// Adversarial input cannot slow a lookup down: the table is fixed at load time, and a probe stops at the first
/// empty slot, so its cost is bounded by the longest run of occupied slots in the fixed table.
/// Keys are hashed with <see cref="KeyHash"/>.
/// </remarks>
internal sealed class SpanTable<TValue>
    where TValue : unmanaged
{
    /// <summary>Keys are stored with an 8-bit length; no lexicon key comes near it.</summary>
    private const int MaxKeyLength = byte.MaxValue;

    /// <summary>Characters the value occupies behind its key in the record.</summary>
    private static readonly int _valueChars = (Unsafe.SizeOf<TValue>() + 1) / 2;

    private readonly Slot[] _slots;
    private readonly char[] _records;
    private readonly int _mask;

    /// <summary>
    /// Two bits per key in one word of a small bit set (a blocked Bloom filter, 4 bits per slot): most unknown
    /// words are rejected here, in a few pages that stay cached, without touching the larger slot array.
    /// </summary>
    private readonly ulong[] _filter;
    private readonly int _filterShift;

    public SpanTable(IEnumerable<KeyValuePair<string, TValue>> entries)
    {
        var list = entries.ToList();
        // At least 64 slots, so the filter has 4+ words and its shift stays below 32.
        var capacity = 64;
        while (capacity < 2 * list.Count) capacity *= 2;
        _slots = new Slot[capacity];
        _mask = capacity - 1;
        _filter = new ulong[capacity / 16];
        _filterShift = 32 - BitOperations.Log2((uint)_filter.Length);
        _records = new char[list.Sum(e => e.Key.Length + _valueChars)];
        var offset = 0;
        foreach (var (key, value) in list)
        {
            if (key.Length is 0 or > MaxKeyLength) throw new ArgumentException($"Table keys must be 1 to {MaxKeyLength} characters: '{key}'.", nameof(entries));
            if (offset >= 1 << 24) throw new ArgumentException("Too many characters for a span table.", nameof(entries));
            var hash = KeyHash.Of(key);
            var i = (int)hash & _mask;
            while (_slots[i].Reference != 0)
            {
                if (_slots[i].Hash == hash && Key(_slots[i]).SequenceEqual(key)) throw new ArgumentException($"Duplicate key '{key}'.", nameof(entries));
                i = (i + 1) & _mask;
            }

            key.CopyTo(_records.AsSpan(offset));
            var valueAt = MemoryMarshal.AsBytes(_records.AsSpan(offset + key.Length, _valueChars));
            MemoryMarshal.Write(valueAt, in value);
            _slots[i] = new Slot(hash, ((uint)offset << 8) | (uint)key.Length);
            _filter[hash >> _filterShift] |= FilterBits(hash);
            offset += key.Length + _valueChars;
        }
    }

    public bool TryGetValue(ReadOnlySpan<char> key, out TValue value) => TryGetValue(key, KeyHash.Of(key), out value);

    /// <summary>Lookup with the key's <see cref="KeyHash.Of"/> already computed.</summary>
    public bool TryGetValue(ReadOnlySpan<char> key, uint hash, out TValue value)
    {
        var bits = FilterBits(hash);
        if ((_filter[hash >> _filterShift] & bits) != bits)
        {
            value = default;
            return false;
        }

        var slots = _slots;
        for (var i = (int)hash & _mask; ; i = (i + 1) & _mask)
        {
            var slot = slots[i];
            if (slot.Reference == 0) break;
            if (slot.Hash == hash && (slot.Reference & 0xFF) == (uint)key.Length)
            {
                var record = _records.AsSpan((int)(slot.Reference >> 8), key.Length + _valueChars);
                if (SameChars(record, key))
                {
                    value = MemoryMarshal.Read<TValue>(MemoryMarshal.AsBytes(record[key.Length..]));
                    return true;
                }
            }
        }

        value = default;
        return false;
    }

    /// <summary>
    /// Whether <paramref name="record"/> starts with <paramref name="key"/>. Keys are short, so an inline compare
    /// four characters at a time beats the call into the general SequenceEqual (profiled).
    /// </summary>
    private static bool SameChars(ReadOnlySpan<char> record, ReadOnlySpan<char> key)
    {
        var a = MemoryMarshal.AsBytes(record[..key.Length]);
        var b = MemoryMarshal.AsBytes(key);
        while (b.Length >= 8)
        {
            if (MemoryMarshal.Read<ulong>(a) != MemoryMarshal.Read<ulong>(b)) return false;
            a = a[8..];
            b = b[8..];
        }

        if (b.Length >= 4)
        {
            if (MemoryMarshal.Read<uint>(a) != MemoryMarshal.Read<uint>(b)) return false;
            a = a[4..];
            b = b[4..];
        }

        return b.IsEmpty || MemoryMarshal.Read<ushort>(a) == MemoryMarshal.Read<ushort>(b);
    }

    private static ulong FilterBits(uint hash) => (1UL << (int)hash) | (1UL << (int)(hash >> 6));

    private ReadOnlySpan<char> Key(Slot slot) => _records.AsSpan((int)(slot.Reference >> 8), (int)(slot.Reference & 0xFF));

    /// <summary>Reference = record offset &lt;&lt; 8 | key length; 0 marks an empty slot (no key is empty).</summary>
    private readonly record struct Slot(uint Hash, uint Reference);
}
