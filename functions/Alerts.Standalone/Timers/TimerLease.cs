using Alerts.Storage.Connections;
using Azure;
using Azure.Storage.Blobs;
using Azure.Storage.Blobs.Specialized;

namespace Alerts.Standalone.Timers;

/// <summary>
/// The timer singleton: a blob lease per timer in <c>azure-webjobs-hosts</c>, as the host's
/// <c>[Singleton(Mode = Listener)]</c> takes (platform-facts B2). Only the holder runs the schedule.
/// </summary>
public sealed class TimerLease(BlobContainerClient container, string hostId, string functionName, string instanceId, TimeSpan duration)
{
    private readonly BlobClient _blob = container.GetBlobClient($"locks/{hostId}/{functionName}.Listener");
    private BlobLeaseClient Lease => _lease ??= _blob.GetBlobLeaseClient(instanceId);
    private BlobLeaseClient? _lease;
    private bool _held;

    public TimeSpan Duration => duration;

    /// <summary>Renews a held lease or tries to take a free one; false while another instance holds it.</summary>
    public async Task<bool> TryAcquireOrRenewAsync(CancellationToken cancellationToken)
    {
        try
        {
            if (_held)
            {
                await Lease.RenewAsync(cancellationToken: cancellationToken);
                return true;
            }

            await EnsureBlobAsync(cancellationToken);
            await Lease.AcquireAsync(duration, cancellationToken: cancellationToken);
            _held = true;
            return true;
        }
        catch (RequestFailedException ex) when (ex.Status is 409 or 412)
        {
            _held = false;
            return false;
        }
    }

    public async Task ReleaseAsync()
    {
        if (!_held) return;
        _held = false;
        try
        {
            await Lease.ReleaseAsync();
        }
        catch (RequestFailedException)
        {
            // Lost already; it expires by itself.
        }
    }

    private async Task EnsureBlobAsync(CancellationToken cancellationToken)
    {
        await StorageAccessErrors.NameRoleOnDenialAsync(() => container.CreateIfNotExistsAsync(cancellationToken: cancellationToken), StorageAccessErrors.BlobRole, $"container '{container.Name}'");
        if (!await _blob.ExistsAsync(cancellationToken))
        {
            try
            {
                await _blob.UploadAsync(BinaryData.FromString(string.Empty), overwrite: false, cancellationToken);
            }
            catch (RequestFailedException ex) when (ex.Status is 409 or 412)
            {
                // Another instance created it first.
            }
        }
    }
}
