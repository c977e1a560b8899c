using System.IO.Hashing;
using System.Text;
using System.Text.Json.Serialization;
using Alerts.Domain.Buckets;
using Alerts.Emotion;

namespace Alerts.Storage.Buckets;

/// <summary>
/// What one topic saw in one time bucket: mentions, distinct sources and authors, estimated reach (the sum of
/// authors' follower counts where a source gives them), the top items and the emotion split. A scan builds one per
/// touched bucket and merges it into the stored bucket once: <see cref="AppliedJournals"/> holds, per feed, the
/// sequence number of the last scan journal merged, and a feed's journals are strictly sequential (a new one is
/// written only after the previous one is finished), so a journal at or below it has been merged already.
/// </summary>
public sealed class BucketAggregate
{
    /// <summary>Distinct counts are exact up to this many hashes, then saturate (documented in docs/architecture.md).</summary>
    public const int MaxDistinct = 4096;
    public const int TopItemCount = 5;

    public int Mentions { get; set; }
    public long Reach { get; set; }
    public HashSet<uint> SourceHashes { get; set; } = [];
    public HashSet<uint> AuthorHashes { get; set; } = [];
    public List<BucketItem> TopItems { get; set; } = [];
    public EmotionAggregate Emotion { get; set; } = new();
    public Dictionary<string, long> AppliedJournals { get; set; } = new(StringComparer.Ordinal);

    [JsonIgnore]
    public int DistinctSources => SourceHashes.Count;

    [JsonIgnore]
    public int DistinctAuthors => AuthorHashes.Count;

    public void Add(BucketItem item, string? authorKey, in EmotionReading reading)
    {
        Mentions++;
        Reach += Math.Max(0, item.Reach ?? 0);
        AddHash(SourceHashes, item.SourceId);
        if (!string.IsNullOrEmpty(authorKey)) AddHash(AuthorHashes, authorKey);
        Emotion.Add(reading, new ItemRef(item.Title, item.Link ?? string.Empty, reading.Valence));
        OfferTopItem(item);
    }

    /// <summary>Merges journal <paramref name="sequence"/> of <paramref name="feedId"/> unless it was merged before; false for a repeat.</summary>
    public bool Merge(BucketAggregate contribution, string feedId, long sequence)
    {
        if (AppliedJournals.TryGetValue(feedId, out var applied) && applied >= sequence) return false;
        Mentions += contribution.Mentions;
        Reach += contribution.Reach;
        foreach (var h in contribution.SourceHashes) if (SourceHashes.Count < MaxDistinct) SourceHashes.Add(h);
        foreach (var h in contribution.AuthorHashes) if (AuthorHashes.Count < MaxDistinct) AuthorHashes.Add(h);
        Emotion.Merge(contribution.Emotion);
        foreach (var item in contribution.TopItems) OfferTopItem(item);
        AppliedJournals[feedId] = sequence;
        return true;
    }

    // Top items: highest reach first, then the newest; links are unique within a bucket.
    private void OfferTopItem(BucketItem item)
    {
        if (item.Link is not null && TopItems.Exists(t => t.Link == item.Link)) return;
        TopItems.Add(item);
        TopItems.Sort((a, b) => (b.Reach ?? 0).CompareTo(a.Reach ?? 0) is var c and not 0 ? c : Nullable.Compare(b.Published, a.Published));
        if (TopItems.Count > TopItemCount) TopItems.RemoveAt(TopItems.Count - 1);
    }

    private static void AddHash(HashSet<uint> set, string key)
    {
        if (set.Count >= MaxDistinct) return;
        set.Add(XxHash32.HashToUInt32(Encoding.UTF8.GetBytes(key)));
    }
}
