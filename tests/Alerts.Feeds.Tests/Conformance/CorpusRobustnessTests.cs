using System.Diagnostics;

namespace Alerts.Feeds.Tests.Conformance;

/// <summary>
/// Every corpus document (bench-data/feeds/README.md, "Robustness: run every document"): the outcome is a
/// ParsedFeed or a FeedParseException, never another exception and never a hang; nothing is fetched.
/// </summary>
public sealed class CorpusRobustnessTests
{
    /// <summary>The largest corpus document is ~160 kB; anything near this means an expansion went unchecked.</summary>
    private const long MaxAllocatedBytes = 64L * 1024 * 1024;

    private static readonly TimeSpan s_perDocumentLimit = TimeSpan.FromSeconds(5);

    [Fact]
    public async Task Every_corpus_document_parses_or_is_rejected_cleanly_within_the_time_limit()
    {
        // Arrange
        var documents = BenchCorpus.Documents();
        var failures = new List<string>();
        int parsed = 0, rejected = 0, recovered = 0;

        // Act
        foreach (var doc in documents)
        {
            var watch = Stopwatch.StartNew();
            try
            {
                var (feed, error, allocated) = await Task.Run(
                    () =>
                    {
                        var before = GC.GetAllocatedBytesForCurrentThread();
                        var (f, e) = BenchCorpus.Parse(doc);
                        return (f, e, GC.GetAllocatedBytesForCurrentThread() - before);
                    },
                    TestContext.Current.CancellationToken).WaitAsync(s_perDocumentLimit, TestContext.Current.CancellationToken);
                if (allocated > MaxAllocatedBytes) failures.Add($"{doc.Path}: allocated {allocated:N0} bytes while parsing");
                if (feed is null)
                {
                    rejected++;
                    TestContext.Current.TestOutputHelper?.WriteLine($"rejected {doc.Path}: {error!.Message}");
                }
                else
                {
                    parsed++;
                }

                if (feed?.Recovered == true) recovered++;
                if (error?.InnerException is { } inner && inner is not System.Xml.XmlException and not System.Text.Json.JsonException)
                {
                    failures.Add($"{doc.Path}: safety net caught {inner.GetType().Name}: {inner.Message}");
                }
            }
            catch (TimeoutException)
            {
                failures.Add($"{doc.Path}: no result within {s_perDocumentLimit.TotalSeconds} s");
            }
            catch (Exception ex)
            {
                failures.Add($"{doc.Path}: {ex.GetType().Name}: {ex.Message}");
            }
        }

        // Assert
        TestContext.Current.TestOutputHelper?.WriteLine($"{documents.Count} documents: {parsed} parsed ({recovered} recovered), {rejected} rejected");
        Assert.True(documents.Count > 400, $"expected the whole corpus, found {documents.Count} documents");
        Assert.Empty(failures);
    }

    [Fact]
    public void Xml_security_documents_never_leak_local_files_or_probe_urls()
    {
        // Arrange
        var documents = BenchCorpus.Documents().Where(d => d.Category == "authored/xml-security");

        foreach (var doc in documents)
        {
            // Act
            var (feed, _) = BenchCorpus.Parse(doc);

            // Assert
            var all = feed is null ? string.Empty : feed.Title + string.Concat(feed.Items.Select(i => i.Title + i.Text + i.Summary));
            Assert.DoesNotContain("root:", all, StringComparison.Ordinal);
            Assert.DoesNotContain("XXE-PROBE", all, StringComparison.Ordinal);
            Assert.True(all.Length < 100_000, $"{doc.Path} expanded to {all.Length} characters");
        }
    }
}
