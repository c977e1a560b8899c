namespace Alerts.Feeds.Tests;

/// <summary>Small documents in Fixtures/, copied beside the test binary.</summary>
public static class Fixture
{
    public static byte[] Bytes(string name) => File.ReadAllBytes(Path.Combine(AppContext.BaseDirectory, "Fixtures", name));

    public static ParsedFeed Parse(string name, string? contentType = null, Uri? documentUrl = null) =>
        FeedParser.Parse(Bytes(name), contentType, documentUrl);
}
