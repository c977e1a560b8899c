namespace Alerts.Alerting;

/// <summary>How a command was taken; <see cref="TransitionResult.Changed"/> says whether to save.</summary>
public enum TransitionOutcome
{
    /// <summary>The command took effect.</summary>
    Applied,

    /// <summary>The command was already applied (redelivery, second click); nothing changed.</summary>
    Duplicate,

    /// <summary>The command is not valid in the alert's state; nothing changed, the message says why.</summary>
    Rejected,

    /// <summary>A valid command with nothing to do (a tick with nothing due, a stale quiet bucket).</summary>
    NoOp,
}
