namespace Alerts.Emotion;

/// <summary>
/// VADER's sentence rules for one language, fed token by token. Both languages are scored side by side in one
/// pass (a token is normalised and hashed once), and the analyser keeps the one the language detector picks.
/// Constants are VADER's (Hutto and Gilbert 2014) unless a comment says otherwise.
/// </summary>
internal struct LanguageScore
{
    /// <summary>VADER's B_INCR: what a booster ("very", "sehr") adds to the next sentiment word.</summary>
    private const double BoosterStep = 0.293;

    /// <summary>VADER's C_INCR: extra weight of an ALL-CAPS word in a text that is not all caps.</summary>
    private const double CapsStep = 0.733;

    /// <summary>VADER's N_SCALAR: a negated word keeps 74 % of its strength with the opposite sign.</summary>
    private const double NegationScale = -0.74;

    /// <summary>Scope of a negator and of a booster, in tokens (VADER looks three words back).</summary>
    private const int Window = 3;

    /// <summary>"funktioniert nicht", "doesn't work": a function verb under negation is a complaint, scored like "kaputt".</summary>
    private const double NegatedFunction = -1.5;

    private readonly bool _german;
    private double _before;
    private double _current;
    private bool _contrastSeen;
    private int _negation;
    private bool _negationUsed;
    private BackCandidate _back;
    private double _boost;
    private int _boostAge;
    private double _deferred;
    private byte _deferredEmotions;
    private bool _deferredFresh;
    private bool _praiseDoubtful;
    private BackCandidate _last;
    private EmotionVector _emotions;
    private double _tokenContribution;
    private double _previousContribution;
    private int _clauseTokens;
    private double _clauseSum;
    private double _isolatedPraise;
    private double _isolatedPraiseBefore;

    public LanguageScore(bool german) => _german = german;

    public int StopWords { get; private set; }

    public int SentimentWords { get; private set; }

    public readonly EmotionVector Emotions => _emotions;

    public void Word(in LexiconEntry entry, TokenShape shape, bool shouting, bool nounLike)
    {
        NextToken();
        var flags = entry.Flags;
        var valence = _german ? entry.De : entry.En;
        if (valence == 0 && (flags & (Flag(WordFlags.BoosterDe) | Flag(WordFlags.DampenerDe) | Flag(WordFlags.NegatorDe))) == 0)
        {
            CheckPraise(nounLike);
        }

        _deferredFresh = false;
        if ((flags & Flag(WordFlags.StopDe)) != 0) StopWords++;

        // "nicht nur … sondern auch", "not only … but also": right after a negator, "only" takes the negation back.
        if (_negation == Window && (flags & Flag(WordFlags.OnlyDe)) != 0)
        {
            _negation = 0;
            _negationUsed = true;
            _back = default;
            Tick();
            return;
        }

        if ((flags & Flag(WordFlags.ContrastDe)) != 0)
        {
            Contrast();
            return;
        }

        if ((flags & Flag(WordFlags.NegatorDe)) != 0)
        {
            var previous = _last;
            FlushDeferred();
            ResolveNegation();
            _negation = Window;
            _negationUsed = false;
            _back = previous.Age <= Window ? previous : default;
            return;
        }

        var emotions = _german ? entry.EmotionsDe : entry.EmotionsEn;
        var emphasis = (shape & TokenShape.AllCaps) != 0 && !shouting ? CapsStep : 0;
        if ((flags & (Flag(WordFlags.BoosterDe) | Flag(WordFlags.DampenerDe))) != 0)
        {
            FlushDeferred();
            var step = BoosterStep + emphasis;
            _boost += (flags & Flag(WordFlags.BoosterDe)) != 0 ? step : -step;
            _boostAge = 0;

            // "super", "mega", "total": an intensifier before a sentiment word, a sentiment word on its own.
            _deferred = valence;
            _deferredEmotions = emotions;
            _deferredFresh = valence != 0;
            Tick();
            return;
        }

        if (valence != 0)
        {
            _deferred = 0;
            _praiseDoubtful = false;
            var before = _last;
            Sentiment(valence, emotions, shape, emphasis, (flags & Flag(WordFlags.FunctionDe)) != 0);

            // A sentence adverb is not what a later "nicht" negates; the word before it still is ("Schmeckt leider nicht").
            if (_german && (flags & WordFlags.SentenceAdverbDe) != 0) _last = before;
        }
        else if ((flags & Flag(WordFlags.FunctionDe)) != 0)
        {
            Function();
        }
        else if (emotions != 0)
        {
            _emotions.Add(emotions, 1);
        }

        Tick();
    }

    /// <summary>A sentiment word found through a rule (compound head, "un-" prefix, phrase), not by its own key.</summary>
    public void Derived(double valence, byte emotions, TokenShape shape, bool shouting)
    {
        NextToken();
        _deferredFresh = false;
        _praiseDoubtful = false;
        _deferred = 0;
        Sentiment(valence, emotions, shape, (shape & TokenShape.AllCaps) != 0 && !shouting ? CapsStep : 0, isFunction: false);
        Tick();
    }

    /// <summary>A two-word phrase replaces the reading of its first word, which may have opened a negation.</summary>
    public void Phrase(double valence, byte emotions)
    {
        NextToken();
        _deferredFresh = false;
        _praiseDoubtful = false;
        _current -= _previousContribution;
        _negation = 0;
        _negationUsed = true;
        _deferred = 0;
        _boost = 0;
        Add(valence, emotions);
    }

    /// <summary>Emoji and emoticons: VADER does not negate or boost them, and neither do we.</summary>
    public void Face(in Emoticon face)
    {
        if (face.Valence != 0)
        {
            SentimentWords++;
            _current += face.Valence;
        }

        _emotions.Add(face.Emotions, 1);
    }

    /// <summary>A mention or a link: moves the windows like a word but is not part of what the clause says.</summary>
    public void Skip()
    {
        Unknown(nounLike: false);

        // Unknown counted it as a word of the clause; a mention is not ("@user Super." is a one-word clause).
        _clauseTokens--;
    }

    /// <summary>A word the lexicon does not know still moves the negation and booster windows.</summary>
    public void Unknown(bool nounLike)
    {
        NextToken();
        CheckPraise(nounLike);
        _deferredFresh = false;
        Tick();
    }

    /// <summary>End of a clause ('.', ',', '!', '?', ';', ':'): negation and boosters stop here.</summary>
    public void ClauseBreak()
    {
        _deferredFresh = false;
        _praiseDoubtful = false;
        FlushDeferred();
        ResolveNegation();
        _boost = 0;
        _last = default;
        if (_clauseTokens == 1 && _clauseSum > 0) _isolatedPraise += _clauseSum;
        _clauseTokens = 0;
        _clauseSum = 0;
    }

    public double Total(int exclamations)
    {
        ClauseBreak();
        var sum = _contrastSeen ? (_before * 0.5) + (_current * 1.5) : _current;

        // Sarcasm: a one-word clause of praise ("Super.", "Schön.", "Nice.") next to a complaint is the complaint's
        // sneer ("Offene Blasen. Super."), so it counts as negated praise when the rest of the text is negative.
        var praise = _contrastSeen ? (_isolatedPraiseBefore * 0.5) + (_isolatedPraise * 1.5) : _isolatedPraise;
        var rest = sum - praise;
        if (praise > 0 && rest < 0) sum = rest + (praise * NegationScale);

        // VADER's amplifier for '!': up to four, 0.292 each, in the direction of the sentiment.
        if (sum != 0) sum += Math.Sign(sum) * Math.Min(exclamations, 4) * 0.292;
        return sum;
    }

    /// <summary>
    /// Applies boosters, emphasis, negation. A complaint word that is also a function word ("refund", "Antwort")
    /// keeps its sign under negation: its absence is as bad as its presence ("no refund", "keine Antwort").
    /// </summary>
    private void Sentiment(double valence, byte emotions, TokenShape shape, double emphasis, bool isFunction)
    {
        var s = valence;
        var sign = Math.Sign(s);
        s += sign * (emphasis + (_boostAge <= Window ? _boost : 0));
        if ((shape & TokenShape.Elongated) != 0) s += sign * BoosterStep;
        if ((shape & TokenShape.Hashtag) != 0) s += sign * BoosterStep;
        if (Math.Sign(s) != sign) s = 0;
        _boost = 0;
        if (_negation > 0)
        {
            // German puts "nicht" after the verb: in "schmeckt nicht gut", "gefällt mir nicht so gut" the negated praise
            // carries the predicate, so the praising verb before the negator no longer counts on its own. (A negated
            // complaint after praise is more praise: "Lecker und nicht teuer".)
            if (_german && !_negationUsed && valence > 0 && _back.Age > 0 && _back.Valence > 0 && !_back.Function) ReviseBack(0);
            _negationUsed = true;
            s = isFunction && s < 0 ? Math.Min(s, NegatedFunction) : s * NegationScale;
            emotions = isFunction ? emotions : (byte)0;
        }

        _last = new BackCandidate(s, emotions, Function: false, Age: 0);
        Add(s, emotions);
    }

    /// <summary>Replaces what the back candidate added with <paramref name="valence"/>; its emotions no longer count.</summary>
    private void ReviseBack(double valence)
    {
        _current += valence - _back.Valence;
        _emotions.Add(_back.Emotions, -EmotionWeight(_back.Valence));
        _back = default;
    }

    private void Function()
    {
        if (_negation > 0)
        {
            _negationUsed = true;
            Add(NegatedFunction, 1 << (int)EmotionCategory.Anger);
        }
        else
        {
            _last = new BackCandidate(0, 0, Function: true, Age: 0);
        }
    }

    private void Add(double s, byte emotions)
    {
        SentimentWords++;
        _current += s;
        _clauseSum += s;
        _tokenContribution += s;
        _emotions.Add(emotions, EmotionWeight(s));
    }

    private static float EmotionWeight(double valence) => (float)Math.Max(Math.Abs(valence), 1) / 2;

    /// <summary>Remembers what the previous token added, so a phrase can replace its first word's reading.</summary>
    private void NextToken()
    {
        _clauseTokens++;
        _previousContribution = _tokenContribution;
        _tokenContribution = 0;
    }

    private void Tick()
    {
        _last = _last with { Age = _last.Age + 1 };
        _boostAge++;
        if (_boostAge > Window) FlushDeferred();
        if (_negation > 0 && --_negation == 0) ResolveNegation();
    }

    /// <summary>
    /// German puts "nicht" after the verb: "gefällt mir nicht", "funktioniert nicht". When a negator found no
    /// sentiment word ahead of it, it flips the one just before it (German only; English negates forward).
    /// </summary>
    private void ResolveNegation()
    {
        if (_german && !_negationUsed && _back.Age is > 0 and <= Window + 1)
        {
            if (_back.Function)
            {
                Add(NegatedFunction, 1 << (int)EmotionCategory.Anger);
            }
            else
            {
                ReviseBack(_back.Valence * NegationScale);
            }

            _negationUsed = true;
        }

        _negation = 0;
        _back = default;
    }

    /// <summary>
    /// "super", "mega" are praise alone ("Das war mega", "eine super Sache", "war super heute") but only degree
    /// when a phrase follows them ("muss mega aufs Klo", "total schwarz draußen"). A capitalised word after them is
    /// a noun (German) or a name: praise. A lower-case word makes the reading doubtful, and a second word in the
    /// same clause drops it; a clause end right after the first keeps it.
    /// </summary>
    private void CheckPraise(bool nounLike)
    {
        if (_praiseDoubtful)
        {
            _deferred = 0;
            _praiseDoubtful = false;
        }
        else if (_deferredFresh && !nounLike)
        {
            _praiseDoubtful = true;
        }
    }

    private void FlushDeferred()
    {
        if (_deferred != 0) Add(_deferred, _deferredEmotions);
        _deferred = 0;
    }

    private void Contrast()
    {
        ClauseBreak();
        _before += _current;
        _current = 0;
        _isolatedPraiseBefore += _isolatedPraise;
        _isolatedPraise = 0;
        _contrastSeen = true;

        // The contrast word opens the next clause: "…, aber lecker" is a concession, not a one-word sneer.
        _clauseTokens = 1;
    }

    /// <summary>Flags are laid out German, English alternately: the English flag is the German one shifted by one.</summary>
    private readonly WordFlags Flag(WordFlags german) => _german ? german : (WordFlags)((uint)german << 1);
}
