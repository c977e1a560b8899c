namespace Alerts.Emotion;

/// <summary>What the surface form of a word said beyond its letters.</summary>
[Flags]
internal enum TokenShape : byte
{
    None = 0,

    /// <summary>Two or more letters, all upper case: "MEGA", "NEVER".</summary>
    AllCaps = 1,

    /// <summary>A letter repeated three or more times: "soooo", "guuut".</summary>
    Elongated = 2,

    /// <summary>Preceded by '#'.</summary>
    Hashtag = 4,
}
