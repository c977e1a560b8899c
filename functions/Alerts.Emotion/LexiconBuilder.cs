using System.Collections.Frozen;

namespace Alerts.Emotion;

/// <summary>Mutable staging area for <see cref="LexiconLoader"/>: merges both languages into one key space.</summary>
internal sealed class LexiconBuilder
{
    /// <summary>Endings we add to German lemmas so "enttäuschende", "schlechter", "Katastrophen" hit the lemma.</summary>
    private static readonly string[] _germanSuffixes = ["e", "en", "er", "es", "em", "ere", "eren", "erer", "ste", "sten", "ster"];

    /// <summary>Lemmas ending in -e only take the consonant endings ("müde" → "müden", "Katastrophe" → "Katastrophen").</summary>
    private static readonly string[] _germanSuffixesAfterE = ["n", "r", "s", "m"];

    private readonly Dictionary<string, LexiconEntry> _words = new(StringComparer.Ordinal);
    private readonly Dictionary<string, Emoticon> _emoticons = new(StringComparer.Ordinal);
    private readonly Dictionary<int, Emoticon> _emoji = [];
    private readonly HashSet<string> _germanLemmas = new(StringComparer.Ordinal);
    private readonly HashSet<string> _germanHeads = new(StringComparer.Ordinal);
    private readonly List<(string Prefix, float Valence, byte Emotions)> _prefixes = [];

    /// <summary>Keys of our own lists as listed (before inflection), per language: a key listed twice is a curation error.</summary>
    private readonly Dictionary<string, string> _listed = new(StringComparer.Ordinal);
    private readonly List<string> _problems = [];

    /// <summary>The file being read ("de/valence.txt"), so a problem names where to fix it.</summary>
    public string Source { get; set; } = "";

    public void AddGermanPrefix(string prefix, float valence, byte emotions)
    {
        if (FirstListing("German prefix", prefix, '_')) _prefixes.Add((TextNormalizer.Key(prefix), valence, emotions));
    }

    /// <summary>
    /// An English word, phrase or face. <paramref name="curated"/> marks our own list, held to our rules (each key
    /// once, phrases are pairs); the third-party lists are taken as they come.
    /// </summary>
    public void AddEnglish(string word, float valence, bool overwrite, bool curated = false)
    {
        if (curated && !FirstListing("English word", word, ' ')) return;
        if (word.Contains(' ', StringComparison.Ordinal))
        {
            AddPhrase(word, german: false, curated, e => { if (overwrite || e.En == 0) e.En = valence; return e; });
        }
        else if (IsFace(word))
        {
            if (overwrite || !_emoticons.ContainsKey(word)) _emoticons[word] = new Emoticon(valence, 0);
        }
        else
        {
            Update(TextNormalizer.Key(word), e => { if (overwrite || e.En == 0) e.En = valence; return e; });
        }
    }

    public void AddEnglishEmotions(string word, byte emotions)
    {
        if (word.Split('_').Length > 2) Problem($"phrase '{word}' is not two words; phrases are word pairs");
        else Update(TextNormalizer.Key(word), e => { e.EmotionsEn |= emotions; return e; });
    }

    public void AddGerman(string word, float valence, byte emotions)
    {
        Func<LexiconEntry, LexiconEntry> set = e => { e.De = valence; e.EmotionsDe |= emotions; return e; };
        if (!FirstListing("German word", word, '_')) return;
        if (word.Contains('_', StringComparison.Ordinal))
        {
            AddPhrase(word.Replace('_', ' '), german: true, curated: true, set);
            return;
        }

        var key = TextNormalizer.Key(word);
        _germanLemmas.Add(key);
        _germanHeads.Add(key);
        Update(key, set);
    }

    /// <summary>Inflected forms inherit the lemma's reading unless the form is itself a listed German word.</summary>
    public void AddGermanInflections()
    {
        foreach (var lemma in _germanLemmas.Where(l => !l.Contains('_', StringComparison.Ordinal)).ToList())
        {
            var source = _words[lemma];
            var suffixes = lemma.EndsWith('e') ? _germanSuffixesAfterE : _germanSuffixes;

            // Plural/genitive -s only on longer nouns: "bah" + "n" or "rat" + "s" would invent words.
            var forms = suffixes.Select(suffix => lemma + suffix).Append(lemma.Length >= 5 && !lemma.EndsWith('e') ? lemma + "s" : lemma);
            foreach (var form in forms.Concat(VerbForms(lemma)).Concat(AbstractNouns(lemma)))
            {
                if (_germanLemmas.Add(form)) Update(form, e => { e.De = source.De; e.EmotionsDe = source.EmotionsDe; return e; });
            }
        }
    }

    /// <summary>
    /// Nouns of quality made from an adjective: "dumm" → "Dummheit", "peinlich" → "Peinlichkeit", "fassungslos" →
    /// "Fassungslosigkeit", "ernsthaft" → "Ernsthaftigkeit", with their plurals. Every lemma gets them; a noun or verb lemma gets forms nobody writes.
    /// </summary>
    private static IEnumerable<string> AbstractNouns(string lemma)
    {
        if (lemma.Length < 4 || lemma.EndsWith('e') || lemma.EndsWith("en", StringComparison.Ordinal) || lemma.EndsWith("ung", StringComparison.Ordinal)) yield break;
        var suffix = lemma.EndsWith("los", StringComparison.Ordinal) || lemma.EndsWith("haft", StringComparison.Ordinal) ? "igkeit"
            : lemma.EndsWith("ig", StringComparison.Ordinal) || lemma.EndsWith("lich", StringComparison.Ordinal) || lemma.EndsWith("bar", StringComparison.Ordinal)
              || lemma.EndsWith("sam", StringComparison.Ordinal) || lemma.EndsWith("er", StringComparison.Ordinal) || lemma.EndsWith("el", StringComparison.Ordinal) ? "keit"
            : "heit";
        yield return lemma + suffix;
        yield return lemma + suffix + "en";
    }

    /// <summary>
    /// Present-tense and participle forms of a listed infinitive ("nerven" → "nerve", "nervst", "nervt", "genervt";
    /// "ärgern" → "ärgert", "geärgert"), so verbs need only their infinitive. Applied to every lemma ending in -en,
    /// -ern or -eln; a noun gets a few forms nobody writes, which cost a dictionary slot and nothing else.
    /// </summary>
    private static IEnumerable<string> VerbForms(string lemma)
    {
        if (lemma.Length < 6) yield break;
        string stem;
        if (lemma.EndsWith("ern", StringComparison.Ordinal) || lemma.EndsWith("eln", StringComparison.Ordinal)) stem = lemma[..^1];
        else if (lemma.EndsWith("en", StringComparison.Ordinal)) stem = lemma[..^2];
        else yield break;

        // "arbeiten" → "arbeitet": stems ending in -t or -d take an -e- before the ending.
        var joint = stem.EndsWith('t') || stem.EndsWith('d') ? "e" : "";
        if (!lemma.EndsWith("ern", StringComparison.Ordinal) && !lemma.EndsWith("eln", StringComparison.Ordinal)) yield return stem + "e";
        yield return stem + joint + "st";
        yield return stem + joint + "t";
        yield return stem + joint + "te";
        yield return stem + joint + "ten";

        // Participle: "ge-" unless the verb has an inseparable prefix ("verärgert", "enttäuscht", "belästigt").
        if (!_inseparablePrefixes.Any(p => lemma.StartsWith(p, StringComparison.Ordinal))) yield return "ge" + stem + joint + "t";
    }

    private static readonly string[] _inseparablePrefixes = ["be", "ver", "ent", "emp", "er", "zer", "ge", "miss"];

    public void AddRule(string kind, string[] words, bool german)
    {
        WordFlags? flag = kind switch
        {
            "neg" => german ? WordFlags.NegatorDe : WordFlags.NegatorEn,
            "boost" => german ? WordFlags.BoosterDe : WordFlags.BoosterEn,
            "damp" => german ? WordFlags.DampenerDe : WordFlags.DampenerEn,
            "contrast" => german ? WordFlags.ContrastDe : WordFlags.ContrastEn,
            "func" => german ? WordFlags.FunctionDe : WordFlags.FunctionEn,
            "stop" => german ? WordFlags.StopDe : WordFlags.StopEn,
            "person" => german ? WordFlags.PersonDe : WordFlags.PersonEn,
            "only" => german ? WordFlags.OnlyDe : WordFlags.OnlyEn,
            "adverb" when german => WordFlags.SentenceAdverbDe,
            _ => null,
        };
        if (flag is not { } f)
        {
            Problem(kind == "adverb" ? "rule kind 'adverb' is German-only (English negates forward)" : $"unknown rule kind '{kind}'");
            return;
        }

        foreach (var w in words)
        {
            // The scorer reads rule flags word by word: a phrase here would never match.
            if (w.Contains('_', StringComparison.Ordinal)) Problem($"rule word '{w}' ({kind}) is a phrase; rules take single words");
            else Update(TextNormalizer.Key(w), e => { e.Flags |= f; return e; });
        }
    }

    public void AddFaceEmotions(string[] faces, byte emotions)
    {
        foreach (var face in faces)
        {
            if (!IsSingleRune(face))
            {
                _emoticons[face] = _emoticons.TryGetValue(face, out var f) ? f with { Emotions = emotions } : new Emoticon(0, emotions);
                continue;
            }

            var cp = char.ConvertToUtf32(face, 0);
            _emoji[cp] = _emoji.TryGetValue(cp, out var e) ? e with { Emotions = emotions } : new Emoticon(0, emotions);
        }
    }

    public void AddEmoji(int codePoint, float valence) =>
        _emoji[codePoint] = _emoji.TryGetValue(codePoint, out var e) ? e with { Valence = valence } : new Emoticon(valence, 0);

    public Lexicon Build()
    {
        if (_problems.Count > 0)
        {
            throw new InvalidOperationException("The embedded lexicon has entries that would be ignored or overridden: " + string.Join("; ", _problems) + ".");
        }

        var endings = new Dictionary<int, ulong>();
        // Heads are listed lemmas only ("katastrophe", "chaos"), not generated inflections: fewer, surer candidates.
        foreach (var key in _germanHeads)
        {
            if (key.Length < 4 || key.Length > 63 || _words[key].De == 0) continue;
            endings[Lexicon.Ending(key)] = endings.GetValueOrDefault(Lexicon.Ending(key)) | (1UL << key.Length);
        }

        var prefixes = _prefixes.DistinctBy(p => p.Prefix).OrderByDescending(p => p.Prefix.Length).ToArray();
        return new Lexicon(_words, _emoticons, _emoji.ToFrozenDictionary(), endings.ToFrozenDictionary(), prefixes);
    }

    /// <summary>
    /// Two-word entries ("never again", "nie wieder", "can't stand") are stored as "first_second"; the first word is
    /// flagged so the scorer only builds a pair key after a word that can start a phrase.
    /// </summary>
    private void AddPhrase(string phrase, bool german, bool curated, Func<LexiconEntry, LexiconEntry> set)
    {
        var parts = phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (parts.Length != 2 || parts.Any(IsFace))
        {
            // The third-party English lists have two entries that are no word pair: AFINN's "does not work" (our
            // negated-function rule reads it) and VADER's face "( '}{' )". Those are skipped; our own lists must be pairs.
            if (curated) Problem($"phrase '{phrase.Replace(' ', '_')}' is not two words; phrases are word pairs");
            return;
        }
        var head = TextNormalizer.Key(parts[0]);
        Update(head, e => { e.Flags |= german ? WordFlags.PhraseHeadDe : WordFlags.PhraseHeadEn; return e; });
        Update(head + "_" + TextNormalizer.Key(parts[1]), set);
    }

    /// <summary>
    /// "Spaß" and "Spass" fold to one key, so one spelling is enough; a key under two readings is a mistake (the later
    /// one used to win silently). Phrases compare word by word as the lexicon stores them ("Nase_voll" = "nase_voll").
    /// </summary>
    private bool FirstListing(string what, string word, char phraseSeparator)
    {
        var key = word.Contains(phraseSeparator, StringComparison.Ordinal)
            ? string.Join('_', word.Split(phraseSeparator, StringSplitOptions.RemoveEmptyEntries).Select(TextNormalizer.Key))
            : IsFace(word) ? word : TextNormalizer.Key(word);
        var written = word.Replace(' ', '_');
        if (_listed.TryAdd(what + ":" + key, written)) return true;
        Problem($"{what} '{written}' is listed twice (as '{_listed[what + ":" + key]}' before)");
        return false;
    }

    private void Problem(string message) => _problems.Add($"{Source}: {message}");

    private void Update(string key, Func<LexiconEntry, LexiconEntry> change) =>
        _words[key] = change(_words.GetValueOrDefault(key));

    private static bool IsSingleRune(string s) => s.Length == 1 || (s.Length == 2 && char.IsSurrogatePair(s[0], s[1]));

    /// <summary>Emoticons like ":-)" or "&lt;3" contain something other than letters, digits, '-' and apostrophes.</summary>
    private static bool IsFace(string token) => token.Any(c => !char.IsLetterOrDigit(c) && c != '\'' && c != '-');
}
