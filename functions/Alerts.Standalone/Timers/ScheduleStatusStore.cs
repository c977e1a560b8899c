using System.Text.Json;
using Alerts.Standalone.Protocol;
using Azure;
using Azure.Storage.Blobs;

namespace Alerts.Standalone.Timers;

/// <summary>The monitored schedule status blob <c>timers/{hostId}/{name}/status</c> (platform-facts B2).</summary>
public sealed class ScheduleStatusStore(BlobContainerClient container, string hostId, string functionName)
{
    private readonly BlobClient _blob = container.GetBlobClient($"timers/{hostId}/{functionName}/status");

    public async Task<ScheduleStatus?> ReadAsync(CancellationToken cancellationToken)
    {
        try
        {
            var content = await _blob.DownloadContentAsync(cancellationToken);
            return content.Value.Content.ToObjectFromJson<ScheduleStatus>(JsonSerializerOptions.Web);
        }
        catch (RequestFailedException ex) when (ex.Status == 404)
        {
            return null;
        }
        catch (JsonException)
        {
            // A corrupt status is treated like none: the schedule starts fresh rather than never firing.
            return null;
        }
    }

    public async Task WriteAsync(ScheduleStatus status, CancellationToken cancellationToken)
    {
        await container.CreateIfNotExistsAsync(cancellationToken: cancellationToken);
        await _blob.UploadAsync(BinaryData.FromObjectAsJson(status, JsonSerializerOptions.Web), overwrite: true, cancellationToken);
    }
}
