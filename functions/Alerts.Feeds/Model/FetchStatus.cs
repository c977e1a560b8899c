namespace Alerts.Feeds;

public enum FetchStatus
{
    Ok,

    /// <summary>The server answered 304: nothing new since <see cref="FetchState"/>.</summary>
    NotModified,
}
