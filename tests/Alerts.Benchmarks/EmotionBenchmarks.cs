using Alerts.Emotion;
using BenchmarkDotNet.Attributes;

namespace Alerts.Benchmarks;

/// <summary>
/// Scoring cost of one 280-character post against a naive split-and-lookup baseline, with allocations.
///   dotnet run -c Release --project tests/Alerts.Benchmarks -- --filter '*Emotion*'
/// scripts/bench-emotion.sh reports the same comparison on the benchmark texts without BenchmarkDotNet.
/// </summary>
[MemoryDiagnoser]
public class EmotionBenchmarks
{
    private const string German =
        "Schon wieder 40 Minuten Verspätung und die Hotline ist nicht erreichbar. Was für eine Frechheit, das ist " +
        "reine Abzocke! Die App funktioniert nicht, der Service war früher super, aber jetzt? Totales Lieferchaos " +
        "😡😡 #fail #bahn Ich bin echt enttäuscht und werde kündigen. Nie wieder!!! Danke für nichts. Grüße";

    private const string English =
        "Flight cancelled AGAIN and still no refund after three weeks. The hotline kept me on hold for 45 minutes, " +
        "then hung up. I used to love this airline but honestly this is the worst service ever :( #fail Never again. " +
        "Thanks for nothing, really disappointed and so angry right now!!! Just want my money back";

    private readonly Dictionary<string, float> _vocabulary = new(StringComparer.Ordinal);
    private readonly EmotionAnalyzer _analyzer = EmotionAnalyzer.Default;
    private string _post = "";

    [Params("de", "en")]
    public string Language { get; set; } = "de";

    [GlobalSetup]
    public void Setup()
    {
        // Exactly one full tweet's worth of text.
        _post = (Language == "de" ? German : English)[..280];
        foreach (var word in (German + " " + English).Split(' ')) _vocabulary[word.ToLowerInvariant()] = (word.Length % 3) - 1;
    }

    [Benchmark(Baseline = true)]
    public double NaiveSplitAndLookup()
    {
        var sum = 0.0;
        foreach (var word in _post.Split(' ')) sum += _vocabulary.GetValueOrDefault(word.ToLowerInvariant());
        return sum;
    }

    [Benchmark]
    public double Analyze() => _analyzer.Analyze(_post).Valence;
}
