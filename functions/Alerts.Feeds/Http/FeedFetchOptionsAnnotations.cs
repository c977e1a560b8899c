using Microsoft.Extensions.Options;

namespace Alerts.Feeds;

/// <summary>Source-generated DataAnnotations validation for <see cref="FeedFetchOptions"/> (no reflection at start-up).</summary>
[OptionsValidator]
internal sealed partial class FeedFetchOptionsAnnotations : IValidateOptions<FeedFetchOptions>;
