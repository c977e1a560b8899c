
namespace Alerts.Emotion.Tests;

/// <summary>Shorthand for the shared analyser, so rule tests read as sentences.</summary>
internal static class Scoring
{
    public static EmotionReading Score(string text, Language? hint = null) => EmotionAnalyzer.Default.Analyze(text, hint);

    public static double Valence(string text, Language? hint = null) => Score(text, hint).Valence;
}
