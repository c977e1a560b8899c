namespace Alerts.Teams;

/// <summary>A post from a feed; every field is untrusted feed input.</summary>
public sealed record TopPost(string Title, Uri? Link, string? Source, string? Author, long? Reach);
