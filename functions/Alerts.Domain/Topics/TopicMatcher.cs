using System.Buffers;

namespace Alerts.Domain.Topics;

/// <summary>
/// Matches item texts against many topics at once. The constructor compiles all queries into one
/// inverted index (term → topics); matching tokenises the item once, collects the terms present and
/// evaluates only the topics whose terms occur. Immutable and thread-safe; build a new instance when
/// topics change.
/// </summary>
public sealed class TopicMatcher
{
    private readonly TopicDefinition[] _topics;
    private readonly CompiledNode[] _queries;
    private readonly string[]?[] _languages;
    private readonly MatcherIndex _index;

    public TopicMatcher(IEnumerable<TopicDefinition> topics)
    {
        ArgumentNullException.ThrowIfNull(topics);
        _topics = [.. topics];
        _queries = new CompiledNode[_topics.Length];
        _languages = new string[]?[_topics.Length];
        var ids = new HashSet<string>(StringComparer.Ordinal);
        var builder = new MatcherIndexBuilder();
        for (var i = 0; i < _topics.Length; i++)
        {
            var topic = _topics[i] ?? throw new ArgumentException($"Topic {i} is null.", nameof(topics));
            if (!ids.Add(topic.Id))
            {
                throw new ArgumentException($"Topic id '{topic.Id}' appears more than once.", nameof(topics));
            }

            var query = topic.Query ?? throw new ArgumentException($"Topic '{topic.Id}' has no query.", nameof(topics));
            _queries[i] = builder.Compile(query.Root);
            _languages[i] = LanguageFilter.Compile(topic.Languages);

            // Parse already rejected queries without a positive term, so every query has triggers.
            builder.AddTriggers(i, _queries[i].Triggers() ?? throw new ArgumentException(
                $"Topic '{topic.Id}' can match without any positive term.", nameof(topics)));
        }

        _index = builder.Build();
        Topics = _topics.AsReadOnly();
    }

    public IReadOnlyList<TopicDefinition> Topics { get; }

    /// <summary>Returns the ids of the matching topics, in the order the topics were given.</summary>
    public IReadOnlyList<string> Match(string text, string? language = null, string? authorHandle = null)
    {
        ArgumentNullException.ThrowIfNull(text);
        var buffer = ArrayPool<int>.Shared.Rent(Math.Max(1, _topics.Length));
        try
        {
            var count = Match(text, language, authorHandle, buffer);
            var ids = new string[count];
            for (var i = 0; i < count; i++)
            {
                ids[i] = _topics[buffer[i]].Id;
            }

            return ids;
        }
        finally
        {
            ArrayPool<int>.Shared.Return(buffer);
        }
    }

    /// <summary>
    /// Writes the indexes (into <see cref="Topics"/>, ascending) of the matching topics and returns how many
    /// there are. <paramref name="matchedTopicIndexes"/> must hold at least <c>Topics.Count</c> entries.
    /// Allocates nothing once the calling thread has matched an item of similar size.
    /// </summary>
    public int Match(ReadOnlySpan<char> text, string? language, string? authorHandle, Span<int> matchedTopicIndexes)
    {
        if (matchedTopicIndexes.Length < _topics.Length)
        {
            throw new ArgumentException(
                $"The destination holds {matchedTopicIndexes.Length} indexes but there are {_topics.Length} topics.",
                nameof(matchedTopicIndexes));
        }

        var scratch = MatchScratch.ForCurrentThread();
        scratch.Begin(_index.AtomCount, _topics.Length);
        _index.CollectAtoms(text, authorHandle, scratch);
        foreach (var atom in scratch.Present)
        {
            foreach (var topic in _index.AtomTopics[atom])
            {
                scratch.AddCandidate(topic);
            }
        }

        var candidates = scratch.Candidates;
        candidates.Sort();
        var itemLanguage = LanguageFilter.PrimarySubtag(language);
        var count = 0;
        foreach (var topic in candidates)
        {
            if (LanguageFilter.Accepts(_languages[topic], itemLanguage) && _queries[topic].Evaluate(scratch))
            {
                matchedTopicIndexes[count++] = topic;
            }
        }

        return count;
    }
}
