namespace Alerts.Feeds;

/// <summary>One HTTP fetch: the body (null on 304), its Content-Type, the URL relative links resolve against, and validators.</summary>
public sealed record FetchedDocument(byte[]? Body, string? ContentType, Uri DocumentUrl, FetchState State)
{
    public bool NotModified => Body is null;
}
