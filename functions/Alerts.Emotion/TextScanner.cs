using System.Buffers;
using System.Text;

namespace Alerts.Emotion;

/// <summary>
/// One pass over a text: splits it into words, emoticons, emoji and clause punctuation and feeds both
/// <see cref="LanguageScore"/>s. A ref struct on the stack: no allocation, whatever the input.
/// </summary>
internal ref struct TextScanner
{
    /// <summary>Longer runs without a space (URLs, base64, a 1 MB blob) are not words and are skipped whole.</summary>
    private const int MaxWordLength = 4 * TextNormalizer.MaxKeyLength;

    private readonly Lexicon _lexicon;
    private readonly bool _shouting;
    private readonly Span<char> _key;
    private readonly Span<char> _pair;
    private int _pairHeadLength;
    private WordFlags _pairHeadFlags;
    private LanguageScore _german;
    private LanguageScore _english;

    /// <summary>True at the start of the text and of each clause: a capital there is grammar, not a name.</summary>
    private bool _clauseStart = true;

    /// <summary>The previous word was Title-case ("Black" in "Black Friday").</summary>
    private bool _previousTitle;

    public TextScanner(Lexicon lexicon, bool shouting, Span<char> key, Span<char> pair)
    {
        _lexicon = lexicon;
        _shouting = shouting;
        _key = key;
        _pair = pair;
        _german = new LanguageScore(german: true);
        _english = new LanguageScore(german: false);
    }

    public int Exclamations { get; private set; }

    /// <summary>The text links somewhere: a headline, an ad or a share rather than a personal statement.</summary>
    public bool HasLink { get; private set; }

    /// <summary>
    /// Someone speaks: a first- or second-person word, '!' or '?', an emoji or emoticon. A link post without any of
    /// these reads as a headline.
    /// </summary>
    public bool Voiced { get; private set; }

    public readonly LanguageScore German => _german;

    public readonly LanguageScore English => _english;

    public void Scan(ReadOnlySpan<char> text)
    {
        // Each chunk is found once; the next chunk's start is looked up before the current one is scored, so a
        // word knows whether a Title-case word follows it (names, see Word).
        var spaces = new SpaceMap(text);
        var start = spaces.NextNonSpace(0);
        while (start < text.Length)
        {
            var end = spaces.NextSpace(start + 1);
            var next = spaces.NextNonSpace(end);
            Chunk(text[start..end], nextTitle: next + 1 < text.Length && CharClass.IsUpper(text[next]) && CharClass.IsLower(text[next + 1]));
            start = next;
        }
    }

    /// <summary>A run of non-space characters: an emoticon, a URL or mention, or words with punctuation and emoji.</summary>
    private void Chunk(ReadOnlySpan<char> chunk, bool nextTitle)
    {
        // Faces start or end with a symbol (":-)", "<3", "xD" is a word entry); plain words skip the lookup, and
        // a chunk that starts and ends with a letter or digit is its own bare form, so it skips the trimming too.
        if (chunk.Length <= 12 && !(CharClass.IsLetterOrDigit(chunk[0]) && CharClass.IsLetterOrDigit(chunk[^1])))
        {
            var bare = chunk.TrimEnd(".,!?");

            // "._." ends in the stroke the trim takes off: a chunk that starts with a symbol is tried whole first.
            if (bare.Length < chunk.Length && !CharClass.IsLetterOrDigit(chunk[0]) && _lexicon.MayBeFace(chunk[0], chunk[^1]) && _lexicon.TryEmoticon(chunk, out var whole))
            {
                Face(whole);
                return;
            }

            if (bare.Length > 0 && !(CharClass.IsLetterOrDigit(bare[0]) && CharClass.IsLetterOrDigit(bare[^1])) && _lexicon.MayBeFace(bare[0], bare[^1]))
            {
                // ":DD", ";)))", ":-((" are the face with its last stroke repeated: look up the face once.
                // (Dropping a repeat keeps the first and last character, so MayBeFace holds for each try.)
                var face = bare;
                Emoticon known;
                bool isFace;
                while (!(isFace = _lexicon.TryEmoticon(face, out known)) && face.Length > 2 && face[^1] == face[^2]) face = face[..^1];
                if (isFace)
                {
                    Face(known);
                    Punctuation(chunk[bare.Length..]);
                    return;
                }
            }
        }

        if (chunk[0] == '@')
        {
            // "@user Thanks": what follows a mention starts a sentence.
            Skip();
            _clauseStart = true;
            return;
        }

        if ((chunk[0] | 0x20) is 'h' or 'w' && chunk.Length >= 4 && (chunk.StartsWith("http", StringComparison.OrdinalIgnoreCase) || chunk.StartsWith("www.", StringComparison.OrdinalIgnoreCase)))
        {
            HasLink = true;
            Skip();
            return;
        }

        if (chunk is "-" or "--")
        {
            // A free-standing dash separates clauses ("Tianna - Happy Sunday"); inside words it is a hyphen.
            Punctuation(chunk);
            return;
        }

        var j = 0;
        while (j < chunk.Length)
        {
            var c = chunk[j];
            if (CharClass.IsLetterOrDigit(c))
            {
                var start = j;
                var n = TextNormalizer.FoldWord(chunk, start, _key, out j, out var shape, out var hash);
                var extra = start > 0 && chunk[start - 1] == '#' ? TokenShape.Hashtag : TokenShape.None;
                Word(chunk[start..j], extra, nextTitle && j == chunk.Length, n, shape, hash);
                continue;
            }

            if (char.IsSurrogate(c))
            {
                // Lone surrogates (broken UTF-16) decode as invalid and are skipped like punctuation.
                if (Rune.DecodeFromUtf16(chunk[j..], out var rune, out var consumed) == OperationStatus.Done && _lexicon.TryEmoji(rune.Value, out var emoji))
                {
                    Face(emoji);
                }

                j += Math.Max(consumed, 1);
                continue;
            }

            if (CharClass.IsClauseEnd(c) || (c == '-' && j > 0 && j == chunk.Length - 1)) Punctuation(chunk.Slice(j, 1));
            else if (_lexicon.TryEmoji(c, out var symbol)) Face(symbol);
            j++;
        }
    }

    /// <summary>A word, already folded into <see cref="_key"/> (length <paramref name="n"/>) by <see cref="TextNormalizer.FoldWord"/>.</summary>
    private void Word(ReadOnlySpan<char> word, TokenShape extra, bool nextTitle, int n, TokenShape shape, uint hash)
    {
        if (word.Length > MaxWordLength)
        {
            Unknown();
            return;
        }

        // English capitalises names, not nouns: a Title-case word inside a clause next to another one is part of
        // a name ("Super Bowl", "Black Friday", "The Walking Dead"), and its dictionary sense is not meant.
        var title = word.Length > 1 && CharClass.IsUpper(word[0]) && CharClass.IsLower(word[1]);
        var namePart = title && !_clauseStart && (_previousTitle || nextTitle) && !IsGreeting(word);
        _previousTitle = title;
        _clauseStart = false;

        shape |= extra;
        LexiconEntry entry = default;
        var found = n > 0 && _lexicon.TryWord(_key[..n], hash, out entry);
        if (!found && (shape & TokenShape.Elongated) != 0)
        {
            n = TextNormalizer.Fold(word, _key, out _, out hash, toSingle: true);
            found = n > 0 && _lexicon.TryWord(_key[..n], hash, out entry);
        }

        if (found && (entry.Flags & (WordFlags.PersonDe | WordFlags.PersonEn)) != 0) Voiced = true;
        var key = _key[..n];
        var phraseDone = _pairHeadLength > 0 ? TryPhrase(key) : 0;
        _pairHeadLength = 0;
        // A word that completed a phrase does not start the next one ("keinen Bock" + "Bock auf").
        if (phraseDone == 0 && found && (entry.Flags & (WordFlags.PhraseHeadDe | WordFlags.PhraseHeadEn)) != 0 && n < _pair.Length / 2)
        {
            key.CopyTo(_pair);
            _pairHeadLength = n;
            _pairHeadFlags = entry.Flags;
        }

        // German nouns are capitalised, so only capitalised words and hashtags can be compounds worth splitting.
        var nounLike = CharClass.IsUpper(word[0]) || (shape & TokenShape.Hashtag) != 0;
        if ((phraseDone & 1) == 0) GermanWord(key, found, entry, shape, nounLike);
        if ((phraseDone & 2) == 0)
        {
            if (found && !(namePart && entry.En != 0)) _english.Word(entry, shape, _shouting, nounLike);
            else _english.Unknown(nounLike);
        }
    }

    private void GermanWord(ReadOnlySpan<char> key, bool found, in LexiconEntry entry, TokenShape shape, bool nounLike)
    {
        if (found && (entry.De != 0 || entry.Flags != WordFlags.None))
        {
            _german.Word(entry, shape, _shouting, nounLike);
        }
        else if (nounLike && _lexicon.TryCompoundHead(key, out var head))
        {
            _german.Derived(head.De, head.EmotionsDe, shape, _shouting);
        }
        else if (key.Length > 5 && key.StartsWith("un") && _lexicon.TryWord(key[2..], out var stem) && stem.De > 0)
        {
            // "unfreundlich", "unzuverlässig": the prefix negates a positive stem.
            _german.Derived(-stem.De * 0.74, 0, shape, _shouting);
        }
        else if (_lexicon.TryPrefixed(key, out var prefixed, out var prefixedEmotions))
        {
            _german.Derived(prefixed, prefixedEmotions, shape, _shouting);
        }
        else
        {
            _german.Unknown(nounLike);
        }
    }

    /// <summary>Looks up "head_word"; returns bit 1 if it scored German, bit 2 if it scored English.</summary>
    private int TryPhrase(ReadOnlySpan<char> key)
    {
        if (_pairHeadLength + 1 + key.Length > _pair.Length || key.Length == 0) return 0;
        _pair[_pairHeadLength] = '_';
        key.CopyTo(_pair[(_pairHeadLength + 1)..]);
        if (!_lexicon.TryWord(_pair[..(_pairHeadLength + 1 + key.Length)], out var phrase)) return 0;
        var done = 0;
        if ((_pairHeadFlags & WordFlags.PhraseHeadDe) != 0 && phrase.De != 0)
        {
            _german.Phrase(phrase.De, phrase.EmotionsDe);
            done |= 1;
        }

        if ((_pairHeadFlags & WordFlags.PhraseHeadEn) != 0 && phrase.En != 0)
        {
            _english.Phrase(phrase.En, phrase.EmotionsEn);
            done |= 2;
        }

        return done;
    }

    private void Face(in Emoticon face)
    {
        // Pointers and symbols that news accounts put in headlines (👉, ➡) carry nothing and give no voice.
        if (face.Valence != 0 || face.Emotions != 0) Voiced = true;
        _german.Face(face);
        _english.Face(face);
    }

    private void Skip()
    {
        _pairHeadLength = 0;
        _previousTitle = false;
        _german.Skip();
        _english.Skip();
    }

    private void Unknown()
    {
        _pairHeadLength = 0;
        _previousTitle = false;
        _german.Unknown(nounLike: false);
        _english.Unknown(nounLike: false);
    }

    private void Punctuation(ReadOnlySpan<char> marks)
    {
        if (marks.IsEmpty) return;
        _pairHeadLength = 0;
        _previousTitle = false;
        _clauseStart = true;
        foreach (var m in marks)
        {
            if (m == '!') Exclamations++;
            if (m is '!' or '?') Voiced = true;
        }

        _german.ClauseBreak();
        _english.ClauseBreak();
    }

    /// <summary>"Happy Birthday", "Merry Christmas": Title-case by convention, and meant.</summary>
    private static bool IsGreeting(ReadOnlySpan<char> word) =>
        word.Equals("Happy", StringComparison.Ordinal) || word.Equals("Merry", StringComparison.Ordinal);
}
