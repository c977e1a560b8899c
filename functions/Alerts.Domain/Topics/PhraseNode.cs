namespace Alerts.Domain.Topics;

/// <summary>Two or more normalised words that must appear consecutively, punctuation in between ignored.</summary>
public sealed class PhraseNode : QueryNode
{
    public PhraseNode(IReadOnlyList<string> words, int position)
        : base(position)
    {
        ArgumentNullException.ThrowIfNull(words);
        if (words.Count < 2)
        {
            throw new ArgumentException("A phrase has at least two words; a single word is a TermNode.", nameof(words));
        }

        Words = words;
    }

    public IReadOnlyList<string> Words { get; }

    public override string ToString() => $"\"{string.Join(' ', Words)}\"";
}
