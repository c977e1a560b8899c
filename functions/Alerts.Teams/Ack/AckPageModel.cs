namespace Alerts.Teams;

/// <summary>
/// What the GET page shows: the alert's context and a form that POSTs to <see cref="FormAction"/> with the fields
/// named in <see cref="AckPage"/> (<c>token</c>, <c>name</c>, <c>note</c>, and <c>snoozeMinutes</c> for snooze).
/// </summary>
public sealed record AckPageModel(AlertCardModel Alert, AckAction Action, string Token, string FormAction);
