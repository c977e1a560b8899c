using System.Buffers;
using System.Net;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;
using Polly.Timeout;

namespace Alerts.Feeds;

/// <summary>
/// GET with the guards every source shares: conditional GET (RFC 9110 §13.1), redirects followed by hand so each hop
/// is checked (scheme here, resolved address in <see cref="GuardedConnector"/>), one total timeout covering all hops
/// and the body (a trickling server cannot outlast it), and a size cap enforced while streaming.
/// </summary>
public sealed partial class FeedHttpFetcher(IHttpClientFactory clients, IOptions<FeedFetchOptions> options, TimeProvider time, ILogger<FeedHttpFetcher> logger)
{
    public const string ClientName = "Alerts.Feeds";

    public async Task<FetchedDocument> FetchAsync(Uri url, FetchState? previous, string accept, CancellationToken cancellationToken)
    {
        var o = options.Value;
        using var timeout = new CancellationTokenSource(o.Timeout, time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, timeout.Token);
        var client = clients.CreateClient(ClientName);
        var current = url;
        try
        {
            for (var hop = 0; ; hop++)
            {
                CheckScheme(current, hop);
                using var request = Request(current, previous, accept, o.UserAgent);
                using var response = await client.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token).ConfigureAwait(false);
                if (IsRedirect(response.StatusCode))
                {
                    if (hop >= o.MaxRedirects)
                    {
                        throw new FeedFetchException(FeedFailureKind.TooManyRedirects, $"{url} redirected more than {o.MaxRedirects} times (last to {current})");
                    }

                    var location = response.Headers.Location
                        ?? throw new FeedFetchException(FeedFailureKind.HttpStatus, $"{current} answered {(int)response.StatusCode} without a Location", statusCode: (int)response.StatusCode);
                    var next = location.IsAbsoluteUri ? location : new Uri(current, location);
                    Log.Redirect(logger, current, next, (int)response.StatusCode);
                    current = next;
                    continue;
                }

                if (response.StatusCode == HttpStatusCode.NotModified)
                {
                    return new FetchedDocument(null, null, current, Validators(response, previous));
                }

                if (!response.IsSuccessStatusCode)
                {
                    throw new FeedFetchException(FeedFailureKind.HttpStatus, $"{current} answered {(int)response.StatusCode} {response.ReasonPhrase}", statusCode: (int)response.StatusCode);
                }

                var body = await ReadCappedAsync(response, current, o.MaxResponseBytes, linked.Token).ConfigureAwait(false);
                return new FetchedDocument(body, response.Content.Headers.ContentType?.ToString(), DocumentUrl(response, current), Validators(response, null));
            }
        }
        catch (OperationCanceledException ex) when (timeout.IsCancellationRequested && !cancellationToken.IsCancellationRequested)
        {
            throw new FeedFetchException(FeedFailureKind.Timeout, $"{url} did not complete within {o.Timeout.TotalSeconds:0.#} s", ex);
        }
        catch (TimeoutRejectedException ex)
        {
            throw new FeedFetchException(FeedFailureKind.Timeout, $"{url} did not answer within {o.Timeout.TotalSeconds:0.#} s", ex);
        }
        catch (HttpRequestException ex) when (FindForbidden(ex) is { } forbidden)
        {
            throw new FeedFetchException(FeedFailureKind.ForbiddenAddress, $"{current}: {forbidden.Message}", ex);
        }
        catch (Exception ex) when (ex is HttpRequestException or IOException)
        {
            throw new FeedFetchException(FeedFailureKind.Network, $"{current}: {ex.Message}", ex);
        }
    }

    private static HttpRequestMessage Request(Uri url, FetchState? previous, string accept, string userAgent)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, url);
        request.Headers.TryAddWithoutValidation("User-Agent", userAgent);
        request.Headers.TryAddWithoutValidation("Accept", accept);
        if (previous?.ETag is { } etag) request.Headers.TryAddWithoutValidation("If-None-Match", etag);
        if (previous?.LastModified is { } modified) request.Headers.IfModifiedSince = modified;
        return request;
    }

    private static void CheckScheme(Uri url, int hop)
    {
        if (!SafeLinks.IsHttp(url))
        {
            throw new FeedFetchException(FeedFailureKind.ForbiddenAddress, hop == 0
                ? $"'{url}' is not an http or https URL"
                : $"a redirect pointed to '{url}', which is not an http or https URL");
        }
    }

    private static bool IsRedirect(HttpStatusCode status) => status is HttpStatusCode.MovedPermanently or HttpStatusCode.Found
        or HttpStatusCode.SeeOther or HttpStatusCode.TemporaryRedirect or HttpStatusCode.PermanentRedirect;

    /// <summary>Keeps the old validators on a 304 unless the server sent new ones (RFC 9110 §15.4.5).</summary>
    private static FetchState Validators(HttpResponseMessage response, FetchState? previous) => new(
        response.Headers.ETag?.ToString() ?? previous?.ETag,
        response.Content.Headers.LastModified ?? previous?.LastModified);

    /// <summary>A Content-Location header moves the base for relative links (RFC 9110 §8.7), but only to http(s).</summary>
    private static Uri DocumentUrl(HttpResponseMessage response, Uri requested) =>
        response.Content.Headers.ContentLocation is { } location && Uri.TryCreate(requested, location.OriginalString, out var moved) && SafeLinks.IsHttp(moved)
            ? moved
            : requested;

    private static async Task<byte[]> ReadCappedAsync(HttpResponseMessage response, Uri url, long max, CancellationToken ct)
    {
        if (response.Content.Headers.ContentLength > max) throw TooLarge(url, max);
        await using var stream = await response.Content.ReadAsStreamAsync(ct).ConfigureAwait(false);
        using var buffer = new MemoryStream();
        var chunk = ArrayPool<byte>.Shared.Rent(64 * 1024);
        try
        {
            int read;
            while ((read = await stream.ReadAsync(chunk, ct).ConfigureAwait(false)) > 0)
            {
                if (buffer.Length + read > max) throw TooLarge(url, max);
                buffer.Write(chunk, 0, read);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(chunk);
        }

        return buffer.ToArray();
    }

    private static FeedFetchException TooLarge(Uri url, long max) =>
        new(FeedFailureKind.TooLarge, $"{url} is larger than the {max:N0}-byte limit (Alerts:Feeds:MaxResponseBytes)");

    private static ForbiddenAddressException? FindForbidden(Exception? ex)
    {
        for (; ex is not null; ex = ex.InnerException)
        {
            if (ex is ForbiddenAddressException f) return f;
        }

        return null;
    }

    private static partial class Log
    {
        [LoggerMessage(EventId = 1, Level = LogLevel.Debug, Message = "Feed {From} redirected ({Status}) to {To}")]
        public static partial void Redirect(ILogger logger, Uri from, Uri to, int status);
    }
}
