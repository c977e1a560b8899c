namespace Alerts.Teams.Tests;

public sealed class CardBudgetLadderTests
{
    public static TheoryData<int> Rungs => new(Enumerable.Range(0, CardBudget.Ladder.Count));

    [Theory]
    [MemberData(nameof(Rungs))]
    public async Task Every_rung_of_the_size_ladder_yields_a_valid_alert_and_digest_card(int rung)
    {
        // Arrange
        var model = SampleAlerts.Shitstorm(posts: 12);
        var budget = CardBudget.Ladder[rung];

        // Act
        var card = AlertCardBody.Build(model, CardStrings.German, budget);
        var digest = DigestCardBody.Build([model, model with { AlertId = "b" }], CardStrings.English, budget);

        // Assert
        Assert.Empty(await CardSchema.ProblemsAsync(card));
        Assert.Empty(await CardSchema.ProblemsAsync(digest));
    }

    [Fact]
    public void Rungs_only_ever_shrink()
    {
        // Act and assert
        foreach (var (richer, leaner) in CardBudget.Ladder.Zip(CardBudget.Ladder.Skip(1)))
        {
            Assert.True(leaner.MaxPosts <= richer.MaxPosts && leaner.MaxChartPoints <= richer.MaxChartPoints
                && leaner.MaxTableRows <= richer.MaxTableRows && leaner.MaxTitleLength <= richer.MaxTitleLength
                && leaner.MaxNoteLength <= richer.MaxNoteLength, $"{leaner} is not leaner than {richer}");
        }
    }
}
