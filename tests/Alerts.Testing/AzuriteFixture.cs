using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using Xunit;

namespace Alerts.Testing;

/// <summary>
/// Starts Azurite from the repo's <c>node_modules</c> (installed by <c>npm ci</c>) on free loopback ports,
/// in memory, and stops exactly the process it started. Share it with <c>[Collection(AzuriteCollection.Name)]</c>;
/// each test uses its own table and queue names (<see cref="UniqueName"/>).
/// </summary>
public sealed class AzuriteFixture : IAsyncLifetime
{
    public const string AccountName = "devstoreaccount1";
    public const string AccountKey = "Eby8vdM02xNOcqFlqUwJPLlmEtlCDXJ1OUzFT50uSRZ6IFsuFq2UVErCz4I6tq/K1SZFPTOtr/KBHBeksoGMGw==";

    /// <summary>Extra accounts (AZURITE_ACCOUNTS): each end-to-end test takes its own, so fixed queue names never collide.</summary>
    private const int AccountCount = 400;

    private Process? _process;
    private int _nextAccount;

    public int BlobPort { get; private set; }
    public int QueuePort { get; private set; }
    public int TablePort { get; private set; }

    public string ConnectionString => ConnectionStringFor(AccountName);

    /// <summary>A storage account no other test uses: its own tables, queues and blobs.</summary>
    public string NewAccountConnectionString()
    {
        var n = Interlocked.Increment(ref _nextAccount);
        if (n > AccountCount) throw new InvalidOperationException($"AzuriteFixture has only {AccountCount} spare accounts; raise AccountCount.");
        return ConnectionStringFor($"acct{n:D3}");
    }

    private string ConnectionStringFor(string account) =>
        $"DefaultEndpointsProtocol=http;AccountName={account};AccountKey={AccountKey};" +
        $"BlobEndpoint=http://127.0.0.1:{BlobPort}/{account};" +
        $"QueueEndpoint=http://127.0.0.1:{QueuePort}/{account};" +
        $"TableEndpoint=http://127.0.0.1:{TablePort}/{account};";

    public async ValueTask InitializeAsync() => await StartAsync();

    /// <summary>Starts (or restarts, after <see cref="StopAsync"/>) Azurite on the same ports; an in-memory restart loses all data.</summary>
    public async Task StartAsync()
    {
        var azurite = Path.Combine(RepoPaths.Root, "node_modules", ".bin", "azurite");
        if (!File.Exists(azurite))
        {
            throw new InvalidOperationException($"Azurite is not installed at {azurite}. Run 'npm ci' in {RepoPaths.Root} (the README's test command does).");
        }

        if (BlobPort == 0)
        {
            (BlobPort, QueuePort, TablePort) = FreePorts();
        }

        var psi = new ProcessStartInfo(azurite)
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var a in new[]
                 {
                     "--inMemoryPersistence", "--disableTelemetry", "--skipApiVersionCheck", "--loose", "--disableProductStyleUrl",
                     "--blobHost", "127.0.0.1", "--blobPort", BlobPort.ToString(),
                     "--queueHost", "127.0.0.1", "--queuePort", QueuePort.ToString(),
                     "--tableHost", "127.0.0.1", "--tablePort", TablePort.ToString(),
                 })
        {
            psi.ArgumentList.Add(a);
        }

        psi.Environment["AZURITE_ACCOUNTS"] = string.Join(';',
            new[] { AccountName }.Concat(Enumerable.Range(1, AccountCount).Select(i => $"acct{i:D3}")).Select(a => $"{a}:{AccountKey}"));
        _process = Process.Start(psi) ?? throw new InvalidOperationException("could not start Azurite");
        _process.OutputDataReceived += (_, _) => { };
        _process.ErrorDataReceived += (_, _) => { };
        _process.BeginOutputReadLine();
        _process.BeginErrorReadLine();

        var deadline = Stopwatch.StartNew();
        foreach (var port in new[] { BlobPort, QueuePort, TablePort })
        {
            while (!await IsListening(port))
            {
                if (_process.HasExited)
                {
                    throw new InvalidOperationException($"Azurite exited with code {_process.ExitCode} before listening on {port}");
                }

                if (deadline.Elapsed > TimeSpan.FromSeconds(60))
                {
                    throw new TimeoutException($"Azurite did not listen on port {port} within 60 s");
                }

                await Task.Delay(50);
            }
        }
    }

    public async Task StopAsync()
    {
        if (_process is { HasExited: false })
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }

        _process?.Dispose();
        _process = null;
    }

    public async ValueTask DisposeAsync() => await StopAsync();

    /// <summary>A table/queue-safe unique name: lowercase letters and digits, starting with a letter.</summary>
    public static string UniqueName(string prefix) => prefix.ToLowerInvariant() + Guid.NewGuid().ToString("N")[..12];

    /// <summary>Three distinct free ports: all three listeners stay open until each has its port.</summary>
    private static (int, int, int) FreePorts()
    {
        var listeners = Enumerable.Range(0, 3).Select(_ => new TcpListener(IPAddress.Loopback, 0)).ToList();
        try
        {
            listeners.ForEach(l => l.Start());
            var ports = listeners.Select(l => ((IPEndPoint)l.LocalEndpoint).Port).ToList();
            return (ports[0], ports[1], ports[2]);
        }
        finally
        {
            listeners.ForEach(l => l.Stop());
        }
    }

    private static async Task<bool> IsListening(int port)
    {
        try
        {
            using var client = new TcpClient();
            await client.ConnectAsync(IPAddress.Loopback, port);
            return true;
        }
        catch (SocketException)
        {
            return false;
        }
    }
}
