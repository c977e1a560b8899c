using System.Diagnostics;
using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;
using Alerts.Domain.Topics;
using BenchmarkDotNet.Attributes;

namespace Alerts.Benchmarks;

/// <summary>
/// Items per second for <see cref="Domain.Topics.TopicMatcher"/> against one compiled regex per topic
/// (issue 8). Full run: <c>dotnet run -c Release --project tests/Alerts.Benchmarks -- --filter '*Matching*'</c>;
/// quick table: <c>scripts/bench-matching.sh</c>, which calls <see cref="RunQuick"/>.
/// </summary>
[MemoryDiagnoser]
public class MatchingBenchmarks
{
    private const int PostCount = 1_000;

    private string[] _posts = [];
    private TopicMatcher _matcher = null!;
    private Regex[] _regexes = [];
    private int[] _matched = [];

    [Params(10, 100, 1_000)]
    public int TopicCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        var queries = Corpus.Queries(TopicCount, seed: 8);
        _posts = Corpus.Posts(PostCount, seed: 28);
        _matcher = new TopicMatcher(queries.Select((q, i) => new TopicDefinition($"t{i}", $"t{i}", TopicQuery.Parse(q), null)));
        _regexes = [.. queries.Select(q => RegexBaseline.Build(TopicQuery.Parse(q)))];
        _matched = new int[TopicCount];
    }

    /// <summary>
    /// The baseline gets its best shot: the post is normalised once (as our matcher does), so each regex
    /// needs neither IgnoreCase nor umlaut alternations.
    /// </summary>
    [Benchmark(Baseline = true, OperationsPerInvoke = PostCount)]
    public int RegexPerTopic()
    {
        var total = 0;
        foreach (var post in _posts)
        {
            total += CountRegexMatches(post);
        }

        return total;
    }

    [Benchmark(OperationsPerInvoke = PostCount)]
    public int TopicMatcher()
    {
        var total = 0;
        foreach (var post in _posts)
        {
            total += _matcher.Match(post, "de", null, _matched);
        }

        return total;
    }

    /// <summary>Self-timed run for 10, 100 and 1,000 topics on one thread, printed as one table.</summary>
    public static void RunQuick(TextWriter output, TimeSpan budget)
    {
        output.WriteLine($"{PostCount} synthetic posts of ≤280 chars, one thread, items per CPU-second, {budget.TotalSeconds:0.##} CPU-s per measurement");
        output.WriteLine("| topics | ours items/s | regex items/s | ratio | ours B/item | agree |");
        output.WriteLine("|-------:|-------------:|--------------:|------:|------------:|------:|");
        foreach (var count in (int[])[10, 100, 1_000])
        {
            var bench = new MatchingBenchmarks { TopicCount = count };
            bench.Setup();
            var agree = bench._posts.Count(p => bench._matcher.Match(p, "de", null, bench._matched) == bench.CountRegexMatches(p));
            var (ours, bytes) = Measure(() => bench.TopicMatcher(), budget);
            var (regex, _) = Measure(() => bench.RegexPerTopic(), budget);
            output.WriteLine(string.Create(
                CultureInfo.InvariantCulture,
                $"| {count,6} | {ours,12:N0} | {regex,13:N0} | {ours / regex,4:0.0}× | {bytes,11:0.0} | {agree * 100.0 / PostCount,4:0}% |"));
        }
    }

    private int CountRegexMatches(string post)
    {
        var normalized = TextNormalizer.Normalize(post);
        var matches = 0;
        foreach (var regex in _regexes)
        {
            matches += regex.IsMatch(normalized) ? 1 : 0;
        }

        return matches;
    }

    // Rates are per CPU-second of this process, not per wall-clock second: on a shared machine the
    // wall clock also counts time spent waiting for a core, which says nothing about either matcher.
    private static (double ItemsPerSecond, double BytesPerItem) Measure(Func<int> batch, TimeSpan budget)
    {
        // Warm up long enough for tiered compilation to reach optimised code before timing.
        RunFor(batch, budget / 2);
        var bytesBefore = GC.GetAllocatedBytesForCurrentThread();
        var (batches, cpu) = RunFor(batch, budget);
        var items = (double)batches * PostCount;
        return (items / cpu.TotalSeconds, (GC.GetAllocatedBytesForCurrentThread() - bytesBefore) / items);
    }

    private static (int Batches, TimeSpan Cpu) RunFor(Func<int> batch, TimeSpan cpuBudget)
    {
        using var process = Process.GetCurrentProcess();
        var start = process.TotalProcessorTime;
        var batches = 0;
        TimeSpan used;
        do
        {
            batch();
            batches++;
            process.Refresh();
            used = process.TotalProcessorTime - start;
        }
        while (used < cpuBudget);

        return (batches, used);
    }

    /// <summary>Translates a parsed query into one regex over normalised text, anchored at the start.</summary>
    private static class RegexBaseline
    {
        public static Regex Build(TopicQuery query) =>
            new(@"\A" + Assertion(query.Root), RegexOptions.Compiled | RegexOptions.CultureInvariant | RegexOptions.Singleline);

        // Every node becomes a zero-width assertion at the start: AND is concatenation, OR alternation,
        // NOT a negative lookahead, and a term a lookahead that scans the post for it.
        private static string Assertion(QueryNode node) => node switch
        {
            TermNode or PhraseNode => $"(?=.*?{Pattern(node)})",
            OrNode anyOf when anyOf.Operands.All(o => o is TermNode or PhraseNode) =>
                $"(?=.*?(?:{string.Join('|', anyOf.Operands.Select(Pattern))}))",
            OrNode anyOf => $"(?:{string.Join('|', anyOf.Operands.Select(Assertion))})",
            AndNode allOf => string.Concat(allOf.Operands.Select(Assertion)),
            NotNode negated => $"(?!{Assertion(negated.Operand)})",
            _ => throw new ArgumentException(node.GetType().Name, nameof(node)),
        };

        private static string Pattern(QueryNode node) => node switch
        {
            PhraseNode phrase => $@"\b{string.Join(@"\W+", phrase.Words.Select(Regex.Escape))}\b",
            TermNode term => (term.Kind switch
            {
                TokenKind.Hashtag => @"(?<!\w)#",
                TokenKind.Handle => @"(?<!\w)@",
                _ => @"\b",
            }) + Regex.Escape(term.Text) + (term.IsPrefix ? string.Empty : @"\b"),
            _ => throw new ArgumentException(node.GetType().Name, nameof(node)),
        };
    }

    /// <summary>Seeded synthetic topics (brands, German themes, phrases, hashtags) and 280-character posts.</summary>
    internal static class Corpus
    {
        private static readonly string[] _brands =
        [
            "Lufthansa", "Deutsche Bahn", "Telekom", "Vodafone", "Volkswagen", "BMW", "Mercedes-Benz", "Audi",
            "Porsche", "Adidas", "Puma", "Siemens", "Bosch", "Aldi", "Lidl", "Rewe", "Edeka", "Rossmann",
            "Zalando", "SAP", "Allianz", "Commerzbank", "Sparkasse", "Haribo", "Miele", "Otto", "Douglas",
            "MediaMarkt", "Eurowings", "Condor", "FlixBus", "Deutsche Post", "DHL", "Hermes", "Tchibo",
            "Dr. Oetker", "Nivea", "Henkel", "Bayer", "BASF", "Continental", "Zeiss", "Vorwerk", "Kaufland",
        ];

        private static readonly string[] _themes =
        [
            "Streik", "Warnstreik", "Verspätung", "Ausfall", "Störung", "Rückruf", "Preiserhöhung", "Kündigung",
            "Skandal", "Kundenservice", "Kampagne", "Gewinnspiel", "Shitstorm", "Boykott", "Qualität",
            "Lieferung", "Rabatt", "Angebot", "Filiale", "Datenleck", "Hackerangriff", "Entlassungen",
            "Insolvenz", "Übernahme", "Fusion", "Klage", "Bußgeld", "Nachhaltigkeit", "Greenwashing",
            "Ladestation", "Tarifverhandlung", "Betriebsrat", "Chaos", "Ärger", "Beschwerde", "Erstattung",
        ];

        private static readonly string[] _filler =
        [
            "heute", "wieder", "die", "der", "das", "und", "ist", "nicht", "schon", "mal", "echt", "warum",
            "immer", "noch", "kein", "mehr", "ich", "wir", "habe", "mit", "bei", "für", "auf", "zum", "was",
            "los", "total", "super", "leider", "endlich", "Zug", "Flug", "Kunden", "Hotline", "Stunden",
            "Minuten", "Euro", "neue", "gestern", "morgen", "Grüße", "München", "Köln", "Straße", "über",
        ];

        private static readonly string[] _syllables = ["kor", "van", "tel", "ix", "bra", "mo", "lu", "fen", "sta", "rio", "nex", "qua"];

        public static string[] Queries(int count, int seed)
        {
            var random = new Random(seed);
            return [.. Enumerable.Range(0, count).Select(i => Query(random, Brand(i)))];
        }

        public static string[] Posts(int count, int seed)
        {
            var random = new Random(seed);
            return [.. Enumerable.Range(0, count).Select(_ => Post(random))];
        }

        // Real brands first, then invented ones, so 1,000 topics have a realistically large vocabulary.
        private static string Brand(int index) => index < _brands.Length
            ? _brands[index]
            : string.Concat(Enumerable.Range(0, 3).Select(k => _syllables[(index * (k + 7) / (k + 1)) % _syllables.Length])) + index;

        private static string Query(Random random, string brand)
        {
            var quoted = brand.Contains(' ', StringComparison.Ordinal) ? $"\"{brand}\"" : brand;
            var tag = new string([.. brand.Where(char.IsLetterOrDigit)]);
            string Theme() => _themes[random.Next(_themes.Length)];
            return random.Next(5) switch
            {
                0 => $"{quoted} ({Theme()} OR {Theme()})",
                1 => $"{quoted} {Theme()[..4]}* -werbung",
                2 => $"#{tag} OR @{tag}",
                3 => $"{quoted} {Theme()} NOT (gewinnspiel OR anzeige)",
                _ => $"({quoted} OR #{tag}) ({Theme()} OR {Theme()} OR {Theme()})",
            };
        }

        private static string Post(Random random)
        {
            var post = new StringBuilder();
            while (post.Length < 270)
            {
                var roll = random.Next(20);
                var word = roll switch
                {
                    0 or 1 => Brand(random.Next(random.Next(3) == 0 ? 1_000 : _brands.Length)),
                    2 or 3 => _themes[random.Next(_themes.Length)],
                    4 => "#" + _themes[random.Next(_themes.Length)],
                    5 => "@" + new string([.. Brand(random.Next(60)).Where(char.IsLetterOrDigit)]),
                    _ => _filler[random.Next(_filler.Length)],
                };
                word = random.Next(6) == 0 ? word.ToUpperInvariant() : word;
                post.Append(word).Append(random.Next(8) switch { 0 => ", ", 1 => "! ", 2 => ". ", _ => " " });
            }

            return post.ToString(0, Math.Min(post.Length, 280)).TrimEnd();
        }
    }
}
