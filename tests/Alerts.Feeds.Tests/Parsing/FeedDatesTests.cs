namespace Alerts.Feeds.Tests.Parsing;

public sealed class FeedDatesTests
{
    [Theory]
    [InlineData("Tue, 10 Jun 2003 04:00:00 GMT", "2003-06-10T04:00:00Z")]
    [InlineData("10 Jun 03 04:00 EDT", "2003-06-10T08:00:00Z")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 +0530", "2003-06-09T22:30:00Z")]
    [InlineData("2025-06-01T10:00:00.1234567+02:00", "2025-06-01T08:00:00.1234567Z")]
    [InlineData("2025-06", "2025-06-01T00:00:00Z")]
    public void Feed_dates_parse_to_the_instant(string input, string expectedUtc)
    {
        // Act
        var parsed = FeedDates.Parse(input);

        // Assert
        Assert.Equal(DateTimeOffset.Parse(expectedUtc, System.Globalization.CultureInfo.InvariantCulture), parsed);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("yesterday")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 XYZ")]
    [InlineData("2003-02-30")]
    [InlineData("Mon, 31 Feb 2003 04:00:00 GMT")]
    [InlineData("Mon, 31 Feb 2003 04:00:00 Etc/")]
    [InlineData("Tue, 10 Jun 2003 04:00:00 Etc/ extra")]
    [InlineData("2003-\uFF10\uFF16-10")]
    [InlineData("2003-06-10T04:00:00+\u0660\u0661:00")]
    public void Unparseable_dates_are_null_not_guessed(string? input)
    {
        // Act
        var parsed = FeedDates.Parse(input);

        // Assert
        Assert.Null(parsed);
    }
}
