namespace Alerts.Emotion;

/// <summary>Valence (VADER scale) and emotion bits of an emoji or a text emoticon.</summary>
internal readonly record struct Emoticon(float Valence, byte Emotions);
