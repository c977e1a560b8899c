namespace Alerts.Domain.Topics;

/// <summary>
/// Per-thread working memory for <see cref="TopicMatcher"/>, so matching an item allocates nothing.
/// Atoms and topics are marked with a generation stamp instead of cleared flags: starting a new item is
/// one increment, not a memset over thousands of atoms.
/// </summary>
internal sealed class MatchScratch
{
    [ThreadStatic]
    private static MatchScratch? _current;

    private int[] _atomStamps = [];
    private int[] _topicStamps = [];
    private int _generation;
    private int[] _present = new int[64];
    private int[] _words = new int[128];
    private int[] _candidates = new int[64];
    private char[] _chars = new char[256];

    public int PresentCount { get; private set; }

    public int WordCount { get; private set; }

    public int CandidateCount { get; private set; }

    public ReadOnlySpan<int> Present => _present.AsSpan(0, PresentCount);

    public ReadOnlySpan<int> Words => _words.AsSpan(0, WordCount);

    public Span<int> Candidates => _candidates.AsSpan(0, CandidateCount);

    public static MatchScratch ForCurrentThread() => _current ??= new MatchScratch();

    public void Begin(int atomCount, int topicCount)
    {
        if (_atomStamps.Length < atomCount || _topicStamps.Length < topicCount || _generation == int.MaxValue)
        {
            // New arrays are all zero, and generations start at 1, so nothing reads as marked.
            _atomStamps = new int[Math.Max(atomCount, _atomStamps.Length)];
            _topicStamps = new int[Math.Max(topicCount, _topicStamps.Length)];
            _generation = 0;
        }

        _generation++;
        PresentCount = 0;
        WordCount = 0;
        CandidateCount = 0;
    }

    public Span<char> CharBuffer(int length)
    {
        if (_chars.Length < length)
        {
            _chars = new char[Math.Max(length, _chars.Length * 2)];
        }

        return _chars;
    }

    public void Mark(int atom)
    {
        if (atom >= 0 && _atomStamps[atom] != _generation)
        {
            _atomStamps[atom] = _generation;
            Append(ref _present, PresentCount++, atom);
        }
    }

    public bool IsPresent(int atom) => _atomStamps[atom] == _generation;

    public void AddWord(int wordId) => Append(ref _words, WordCount++, wordId);

    public void AddCandidate(int topic)
    {
        if (_topicStamps[topic] != _generation)
        {
            _topicStamps[topic] = _generation;
            Append(ref _candidates, CandidateCount++, topic);
        }
    }

    private static void Append(ref int[] array, int index, int value)
    {
        if (index == array.Length)
        {
            Array.Resize(ref array, array.Length * 2);
        }

        array[index] = value;
    }
}
