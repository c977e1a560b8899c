using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization.Metadata;

namespace Alerts.Cli.Remote;

/// <summary>
/// One <see cref="HttpClient"/> for one CLI run (a factory would buy nothing in a process this short). Sends the key
/// in <c>x-functions-key</c>, never follows redirects (a redirect must not carry the key elsewhere), and turns every
/// non-success answer into an <see cref="ApiProblemException"/>.
/// </summary>
public sealed class AlertsApiClient : IDisposable
{
    public const string KeyHeader = "x-functions-key";
    private readonly HttpClient _http;

    public AlertsApiClient(ServerOptions server)
    {
        ArgumentNullException.ThrowIfNull(server);
        _http = new HttpClient(new SocketsHttpHandler { AllowAutoRedirect = false }) { BaseAddress = server.BaseAddress, Timeout = server.Timeout };
        _http.DefaultRequestHeaders.UserAgent.Add(new ProductInfoHeaderValue("alerts-cli", Uri.EscapeDataString(CliApp.Version)));
        _http.DefaultRequestHeaders.Accept.Add(new MediaTypeWithQualityHeaderValue("application/json"));
        if (server.Key is { } key) _http.DefaultRequestHeaders.TryAddWithoutValidation(KeyHeader, key);
    }

    public Uri BaseAddress => _http.BaseAddress!;

    /// <summary>Sends one request; <paramref name="path"/> is relative to the base address (<c>api/topics</c>).</summary>
    public async Task<ApiResponse> SendAsync(HttpMethod method, string path, JsonNode? body, string? ifMatch, CancellationToken ct)
    {
        using var request = new HttpRequestMessage(method, new Uri(path, UriKind.RelativeOrAbsolute));
        if (body is not null) request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
        if (ifMatch is not null) request.Headers.TryAddWithoutValidation("If-Match", ifMatch);
        using var response = await _http.SendAsync(request, ct);
        var text = await response.Content.ReadAsStringAsync(ct);
        var status = (int)response.StatusCode;
        if (status is < 200 or > 299)
        {
            throw ApiProblemException.From(status, response.ReasonPhrase, response.Content.Headers.ContentType?.MediaType, text);
        }

        // The raw header: Table Storage ETags (W/"datetime'…'") are sent back exactly as received.
        var etag = response.Headers.TryGetValues("ETag", out var values) ? values.FirstOrDefault() : null;
        return new ApiResponse(status, text, etag, response.Headers.Location);
    }

    public Task<ApiResponse> GetAsync(string path, CancellationToken ct) => SendAsync(HttpMethod.Get, path, null, null, ct);

    public static T Read<T>(ApiResponse response, JsonTypeInfo<T> type)
    {
        ArgumentNullException.ThrowIfNull(response);
        try
        {
            return JsonSerializer.Deserialize(response.Body, type) ?? throw new InvalidDataException("the app answered null");
        }
        catch (JsonException ex)
        {
            throw new InvalidDataException($"the app's answer is not the JSON this CLI expects ({ex.Message}); is --server pointing at an Alerts app of the same version?", ex);
        }
    }

    /// <summary>Escapes one id for a URL path segment, so "a/../b" stays one segment.</summary>
    public static string Segment(string id) => Uri.EscapeDataString(id);

    public void Dispose() => _http.Dispose();
}
