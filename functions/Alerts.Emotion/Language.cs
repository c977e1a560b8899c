namespace Alerts.Emotion;

/// <summary>Language of a post as far as scoring cares: the two the lexicons cover, and everything else.</summary>
public enum Language : byte
{
    Other = 0,
    German = 1,
    English = 2,
}
