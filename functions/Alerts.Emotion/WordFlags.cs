namespace Alerts.Emotion;

/// <summary>Grammatical roles of a lexicon key, per language (a key like "so" is a German and an English word).</summary>
[Flags]
internal enum WordFlags : uint
{
    None = 0,
    NegatorDe = 1 << 0,
    NegatorEn = 1 << 1,
    BoosterDe = 1 << 2,
    BoosterEn = 1 << 3,
    DampenerDe = 1 << 4,
    DampenerEn = 1 << 5,
    ContrastDe = 1 << 6,
    ContrastEn = 1 << 7,
    FunctionDe = 1 << 8,
    FunctionEn = 1 << 9,
    StopDe = 1 << 10,
    StopEn = 1 << 11,
    PhraseHeadDe = 1 << 12,
    PhraseHeadEn = 1 << 13,

    /// <summary>First and second person ("ich", "mein", "you"): someone speaks, so the text is not a bare headline.</summary>
    PersonDe = 1 << 14,
    PersonEn = 1 << 15,

    /// <summary>
    /// A German word that comments on the whole sentence ("leider", "hoffentlich", "endlich", "zum Glück"): a later
    /// "nicht" negates the predicate, not this word ("Zum Glück nicht in Obsthausen", "Endlich nicht mehr arbeiten").
    /// </summary>
    SentenceAdverbDe = 1 << 16,

    /// <summary>"nur" / "only", "just": right after a negator they take it back ("nicht nur …", "not only …").</summary>
    OnlyDe = 1 << 18,
    OnlyEn = 1 << 19,
}
