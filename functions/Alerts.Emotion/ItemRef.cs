namespace Alerts.Emotion;

/// <summary>A pointer to a scored item, kept as the most negative or most positive example of a bucket.</summary>
public sealed record ItemRef(string Title, string Link, double Valence);
