namespace Alerts.Teams;

/// <summary>What a signed card link lets its holder do. The numeric values are part of the token format; do not renumber.</summary>
public enum AckAction : byte
{
    Acknowledge = 1,
    Snooze = 2,
    Resolve = 3,
}
