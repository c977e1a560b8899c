using static Alerts.Alerting.Tests.Given;

namespace Alerts.Alerting.Tests;

/// <summary>Every command against every state, as one table (docs/alert-lifecycle.md mirrors it).</summary>
public sealed class StateTableTests
{
    public enum Command
    {
        Acknowledge,
        Snooze,
        Resolve,
        Spike,
        QuietBucket,
        Tick,
    }

    public static TheoryData<AlertState, Command, TransitionOutcome, AlertState> Table => new()
    {
        { AlertState.Firing, Command.Acknowledge, TransitionOutcome.Applied, AlertState.Acknowledged },
        { AlertState.Acknowledged, Command.Acknowledge, TransitionOutcome.Duplicate, AlertState.Acknowledged },
        { AlertState.Snoozed, Command.Acknowledge, TransitionOutcome.Applied, AlertState.Acknowledged },
        { AlertState.Resolved, Command.Acknowledge, TransitionOutcome.Rejected, AlertState.Resolved },
        { AlertState.Firing, Command.Snooze, TransitionOutcome.Applied, AlertState.Snoozed },
        { AlertState.Acknowledged, Command.Snooze, TransitionOutcome.Applied, AlertState.Snoozed },
        { AlertState.Snoozed, Command.Snooze, TransitionOutcome.Applied, AlertState.Snoozed },
        { AlertState.Resolved, Command.Snooze, TransitionOutcome.Rejected, AlertState.Resolved },
        { AlertState.Firing, Command.Resolve, TransitionOutcome.Applied, AlertState.Resolved },
        { AlertState.Acknowledged, Command.Resolve, TransitionOutcome.Applied, AlertState.Resolved },
        { AlertState.Snoozed, Command.Resolve, TransitionOutcome.Applied, AlertState.Resolved },
        { AlertState.Resolved, Command.Resolve, TransitionOutcome.Duplicate, AlertState.Resolved },
        { AlertState.Firing, Command.Spike, TransitionOutcome.Applied, AlertState.Firing },
        { AlertState.Acknowledged, Command.Spike, TransitionOutcome.Applied, AlertState.Acknowledged },
        { AlertState.Snoozed, Command.Spike, TransitionOutcome.Applied, AlertState.Snoozed },
        { AlertState.Resolved, Command.Spike, TransitionOutcome.Applied, AlertState.Firing },
        { AlertState.Firing, Command.QuietBucket, TransitionOutcome.Applied, AlertState.Firing },
        { AlertState.Acknowledged, Command.QuietBucket, TransitionOutcome.Applied, AlertState.Acknowledged },
        { AlertState.Snoozed, Command.QuietBucket, TransitionOutcome.Applied, AlertState.Snoozed },
        { AlertState.Resolved, Command.QuietBucket, TransitionOutcome.NoOp, AlertState.Resolved },
        { AlertState.Firing, Command.Tick, TransitionOutcome.Applied, AlertState.Firing },
        { AlertState.Acknowledged, Command.Tick, TransitionOutcome.NoOp, AlertState.Acknowledged },
        { AlertState.Snoozed, Command.Tick, TransitionOutcome.Applied, AlertState.Firing },
        { AlertState.Resolved, Command.Tick, TransitionOutcome.NoOp, AlertState.Resolved },
    };

    [Theory]
    [MemberData(nameof(Table))]
    public void Each_command_in_each_state_has_the_documented_outcome(AlertState from, Command command, TransitionOutcome outcome, AlertState to)
    {
        // Arrange
        var alert = InState(from);
        var before = Json(alert);

        // Act
        var result = Run(alert, command);

        // Assert
        Assert.Equal((outcome, to), (result.Outcome, result.Alert.State));
        Assert.Equal(outcome == TransitionOutcome.Applied, result.Changed);
        Assert.Equal(before, Json(alert));
    }

    private static TransitionResult Run(Alert alert, Command command) => command switch
    {
        Command.Acknowledge => AlertLifecycle.Acknowledge(alert, "ben", null, Minutes(10)),
        Command.Snooze => AlertLifecycle.Snooze(alert, Minutes(120), "ben", null, Policy, Minutes(10)),
        Command.Resolve => AlertLifecycle.Resolve(alert, "ben", null, Minutes(10)),
        Command.Spike => Apply(alert, Spike(2), id: "alert-2"),
        Command.QuietBucket => AlertLifecycle.RecordQuietBucket(alert, Bucket(1), Policy, Minutes(10)),
        Command.Tick => AlertLifecycle.Tick(alert, Policy, NoSilences, Minutes(61)),
        _ => throw new ArgumentOutOfRangeException(nameof(command), command, null),
    };
}
