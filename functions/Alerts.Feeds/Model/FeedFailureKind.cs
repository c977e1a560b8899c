namespace Alerts.Feeds;

public enum FeedFailureKind
{
    Timeout,
    TooLarge,
    TooManyRedirects,

    /// <summary>The URL, a redirect or a resolved IP is not allowed (scheme, private/loopback/link-local address).</summary>
    ForbiddenAddress,
    HttpStatus,
    Unparseable,
    Network,
}
