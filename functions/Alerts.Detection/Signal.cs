namespace Alerts.Detection;

/// <summary>What a <see cref="SpikeDecision"/> is about.</summary>
public enum Signal : byte
{
    /// <summary>Mentions well above what this hour of this weekday usually brings.</summary>
    Volume,

    /// <summary>Negative mentions rise, or their share jumps, against the topic's usual share ("shitstorm").</summary>
    NegativeEmotion,

    /// <summary>Positive mentions rise, or their share jumps (a viral moment).</summary>
    PositiveEmotion,

    /// <summary>A topic that normally has traffic sees none for long enough to be implausible: an ingest-health signal.</summary>
    Silence,
}
