namespace Alerts.Emotion;

/// <summary>
/// The latest sentiment or function word of a clause, kept for German post-verbal negation. Age counts tokens
/// since it was seen; the default (Age 0) means none.
/// </summary>
internal readonly record struct BackCandidate(double Valence, byte Emotions, bool Function, int Age);
