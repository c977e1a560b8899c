namespace Alerts.Alerting;

/// <summary>
/// The outcome of one command. <see cref="Alert"/> is a new instance when <see cref="Changed"/>
/// is true and the input instance otherwise; the input is never mutated.
/// </summary>
/// <param name="Notifications">At most one request per transition; enqueue after a successful save.</param>
public sealed record TransitionResult(
    Alert Alert,
    bool Changed,
    IReadOnlyList<NotificationRequest> Notifications,
    TransitionOutcome Outcome,
    string? Message)
{
    internal static TransitionResult Unchanged(Alert alert, TransitionOutcome outcome, string? message) =>
        new(alert, false, [], outcome, message);

    internal static TransitionResult Applied(Alert alert, IReadOnlyList<NotificationRequest> notifications, string? message = null) =>
        new(alert, true, notifications, TransitionOutcome.Applied, message);
}
