namespace Alerts.Feeds;

/// <summary>Raised inside the connect callback; surfaces as <see cref="FeedFailureKind.ForbiddenAddress"/>.</summary>
internal sealed class ForbiddenAddressException(string message) : Exception(message);
