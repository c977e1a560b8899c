using Alerts.Emotion;
using BenchmarkDotNet.Attributes;

namespace Alerts.Benchmarks;

/// <summary>
/// Scoring cost of one 280-character post against a naive split-and-lookup baseline, with allocations.
///   dotnet run -c Release --project tests/Alerts.Benchmarks -- --filter '*Emotion*'
/// scripts/bench-emotion.sh reports the same comparison on the benchmark texts without BenchmarkDotNet.
/// One post scored over and over flatters the analyser (its branches and lexicon entries are learnt and cached);
/// <see cref="EmotionDistinctPostsBenchmarks"/> scores many different posts, which is what production sees.
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

/// <summary>
/// Scoring cost per post over the held-out brand posts (tests/Alerts.Emotion.Tests/HeldOut, evaluation data used
/// here for timing only), joined and cut into 280-character posts like <c>alerts emotion --throughput</c> does.
/// </summary>
[MemoryDiagnoser]
public class EmotionDistinctPostsBenchmarks
{
    private const int PostLength = 280;
    private const int Posts = 40;

    private readonly EmotionAnalyzer _analyzer = EmotionAnalyzer.Default;
    private readonly Dictionary<string, float> _vocabulary = new(StringComparer.Ordinal);
    private string[] _posts = [];

    [Params("de", "en")]
    public string Language { get; set; } = "de";

    [GlobalSetup]
    public void Setup()
    {
        var file = Path.Combine(RepositoryRoot(), "tests", "Alerts.Emotion.Tests", "HeldOut", $"{Language}-brand-posts.tsv");
        var all = string.Join(' ', File.ReadAllLines(file).Select(line => line[(line.IndexOf('\t', StringComparison.Ordinal) + 1)..]));
        _posts = Enumerable.Range(0, Math.Min(all.Length / PostLength, Posts)).Select(i => all.Substring(i * PostLength, PostLength)).ToArray();
        if (_posts.Length < Posts) throw new InvalidOperationException($"{file} gives only {_posts.Length} posts of {PostLength} characters.");
        foreach (var word in _posts.SelectMany(p => p.Split(' '))) _vocabulary[word.ToLowerInvariant()] = (word.Length % 3) - 1;
    }

    [Benchmark(Baseline = true, OperationsPerInvoke = Posts)]
    public double NaiveSplitAndLookup()
    {
        var sum = 0.0;
        foreach (var post in _posts)
        {
            foreach (var word in post.Split(' ')) sum += _vocabulary.GetValueOrDefault(word.ToLowerInvariant());
        }

        return sum;
    }

    [Benchmark(OperationsPerInvoke = Posts)]
    public double Analyze()
    {
        var sum = 0.0;
        foreach (var post in _posts) sum += _analyzer.Analyze(post).Valence;
        return sum;
    }

    private static string RepositoryRoot()
    {
        // BenchmarkDotNet runs a generated copy below bin/, so walk up to the checkout.
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Alerts.sln"))) return dir.FullName;
        }

        throw new InvalidOperationException("Alerts.sln not found above " + AppContext.BaseDirectory);
    }
}
