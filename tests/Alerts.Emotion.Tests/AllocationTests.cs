
namespace Alerts.Emotion.Tests;

public sealed class AllocationTests
{
    [Fact]
    public void Analyze_allocates_nothing_once_loaded()
    {
        // Arrange: every token kind on the hot path.
        const string text = "Kein Problem :-) aber die Servicekatastrophe #fail ist SOOO schlimm!!! 😡 \uD83D gut http://x.y @user nie wieder ._. Super. Dummheit, aber lecker";
        var analyzer = EmotionAnalyzer.Default;
        for (var i = 0; i < 100; i++) analyzer.Analyze(text);

        // Act
        var before = GC.GetAllocatedBytesForCurrentThread();
        for (var i = 0; i < 1_000; i++) analyzer.Analyze(text);
        var allocated = GC.GetAllocatedBytesForCurrentThread() - before;

        // Assert
        Assert.Equal(0, allocated);
    }

    [Fact]
    public void Default_is_one_instance_shared_across_threads()
    {
        var instances = Enumerable.Range(0, 8).AsParallel().Select(_ => EmotionAnalyzer.Default).Distinct().Count();
        var labels = Enumerable.Range(0, 200).AsParallel().Select(_ => EmotionAnalyzer.Default.Analyze("Das ist großartig").Label).Distinct().ToList();

        Assert.Equal(1, instances);
        Assert.Equal([SentimentLabel.Positive], labels);
    }
}
