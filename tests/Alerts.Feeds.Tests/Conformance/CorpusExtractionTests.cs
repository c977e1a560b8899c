using System.Text.Json.Nodes;

namespace Alerts.Feeds.Tests.Conformance;

/// <summary>
/// Evaluates the corpus's <c>assertions</c> for <c>wellformed/**</c> and <c>authored/jsonfeed/</c> against our
/// model (README "Extraction"). Paths the model lacks are skipped and counted. The floors are figures this
/// parser reaches; docs/feeds.md records them.
/// </summary>
public sealed class CorpusExtractionTests
{
    [Fact]
    public void Wellformed_and_json_feed_assertions_pass_above_the_floor()
    {
        // Arrange
        var documents = BenchCorpus.Documents()
            .Where(d => (d.Path.StartsWith("wellformed/", StringComparison.Ordinal) || d.Path.StartsWith("authored/jsonfeed/", StringComparison.Ordinal))
                && d.Assertions is not null);
        var tally = new Dictionary<(bool Alerting, AssertionOutcome Outcome), int>();
        var failures = new List<string>();

        // Act
        foreach (var doc in documents)
        {
            var (feed, error) = BenchCorpus.Parse(doc);
            foreach (var term in doc.Assertions!)
            {
                var outcome = AssertionEvaluator.Evaluate(term!, feed);
                var alerting = ModelPaths.IsAlertingField(PathOf(term!));
                tally[(alerting, outcome)] = tally.GetValueOrDefault((alerting, outcome)) + 1;
                if (outcome == AssertionOutcome.Fail) failures.Add($"{doc.Path}: {term!.ToJsonString()} {(error is null ? string.Empty : "(" + error.Message + ")")}");
            }
        }

        // Assert
        int Count(bool? alerting, AssertionOutcome o) => tally.Where(kv => (alerting is null || kv.Key.Alerting == alerting) && kv.Key.Outcome == o).Sum(kv => kv.Value);
        var pass = Count(null, AssertionOutcome.Pass);
        var fail = Count(null, AssertionOutcome.Fail);
        var alertPass = Count(true, AssertionOutcome.Pass);
        var alertFail = Count(true, AssertionOutcome.Fail);
        var output = TestContext.Current.TestOutputHelper;
        output?.WriteLine($"all terms: {pass} pass / {pass + fail} evaluated ({100.0 * pass / (pass + fail):F1}%), {Count(null, AssertionOutcome.Skipped)} skipped");
        output?.WriteLine($"alerting fields: {alertPass} pass / {alertPass + alertFail} evaluated ({100.0 * alertPass / (alertPass + alertFail):F1}%), {Count(true, AssertionOutcome.Skipped)} skipped");
        failures.ForEach(f => output?.WriteLine(f));
        Assert.True(pass >= 0.90 * (pass + fail), $"{pass}/{pass + fail} terms pass");
        Assert.True(alertPass >= 0.90 * (alertPass + alertFail), $"{alertPass}/{alertPass + alertFail} alerting terms pass");
        Assert.True(Count(null, AssertionOutcome.Skipped) < 120, "skipped terms grew: the model lost a field");
    }

    private static string PathOf(JsonNode term) =>
        (string?)term["path"] ?? (term["any_of"] as JsonArray)?.SelectMany(a => a!.AsArray()).Select(t => (string?)t!["path"]).FirstOrDefault() ?? string.Empty;
}
