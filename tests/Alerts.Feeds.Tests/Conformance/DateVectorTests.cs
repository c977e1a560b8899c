using System.Text.Json.Nodes;

namespace Alerts.Feeds.Tests.Conformance;

/// <summary>bench-data/feeds/dates/date-vectors.json, families rfc822 and w3dtf (the ones real feeds use).</summary>
public sealed class DateVectorTests
{
    [Fact]
    public void Rfc822_and_w3dtf_vectors_parse_to_the_expected_instant_or_null()
    {
        // Arrange
        var vectors = JsonNode.Parse(File.ReadAllText(Path.Combine(BenchCorpus.Folder, "dates", "date-vectors.json")))!["vectors"]!.AsArray()
            .Where(v => (string?)v!["family"] is "rfc822" or "w3dtf").ToList();
        var failures = new List<string>();

        foreach (var v in vectors)
        {
            // Act
            var input = (string)v!["input"]!;
            var actual = FeedDates.Parse(input);

            // Assert (collected so one run reports every mismatch)
            var expected = (string?)v["expected_utc"];
            var actualText = actual?.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
            if (actualText != expected) failures.Add($"{v["id"]}: '{input}' → {actualText ?? "null"}, expected {expected ?? "null"}");
        }

        Assert.True(vectors.Count >= 30, $"only {vectors.Count} vectors found");
        Assert.Empty(failures);
    }
}
