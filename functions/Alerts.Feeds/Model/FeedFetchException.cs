namespace Alerts.Feeds;

/// <summary>A fetch failed; <see cref="Kind"/> says how, so feed health can record it without parsing messages.</summary>
public sealed class FeedFetchException : Exception
{
    public FeedFetchException()
        : this(FeedFailureKind.Network, "feed fetch failed")
    {
    }

    public FeedFetchException(string message)
        : this(FeedFailureKind.Network, message)
    {
    }

    public FeedFetchException(string message, Exception innerException)
        : this(FeedFailureKind.Network, message, innerException)
    {
    }

    public FeedFetchException(FeedFailureKind kind, string message, Exception? innerException = null, int? statusCode = null)
        : base(message, innerException)
    {
        Kind = kind;
        StatusCode = statusCode;
    }

    public FeedFailureKind Kind { get; }

    /// <summary>The HTTP status for <see cref="FeedFailureKind.HttpStatus"/>; otherwise null.</summary>
    public int? StatusCode { get; }
}
