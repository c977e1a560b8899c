using System.Collections.Frozen;
using System.Security.Cryptography;

namespace Alerts.Functions.Dashboard;

/// <summary>
/// The dashboard's static files, read once from one folder into memory (about 250 KB, most of it the chart library).
/// Only files found there with a known extension are served, looked up by their exact relative path, so no request
/// path (<c>..</c>, encoded slashes, absolute paths) can reach anything outside the folder.
/// </summary>
public sealed class DashboardFiles
{
    private static readonly FrozenDictionary<string, string> ContentTypes = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        [".html"] = "text/html; charset=utf-8",
        [".css"] = "text/css; charset=utf-8",
        [".js"] = "text/javascript; charset=utf-8",
        [".svg"] = "image/svg+xml",
        [".png"] = "image/png",
        [".ico"] = "image/x-icon",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    private readonly FrozenDictionary<string, DashboardFile> _files;

    private DashboardFiles(string root, FrozenDictionary<string, DashboardFile> files)
    {
        Root = root;
        _files = files;
    }

    /// <summary>The folder the files were read from.</summary>
    public string Root { get; }

    /// <summary>The relative paths served, with <c>/</c> separators.</summary>
    public IEnumerable<string> Paths => _files.Keys;

    /// <summary>Reads every file with a known extension under <paramref name="root"/>; a missing folder serves nothing.</summary>
    public static DashboardFiles Load(string root)
    {
        var files = new Dictionary<string, DashboardFile>(StringComparer.Ordinal);
        if (Directory.Exists(root))
        {
            foreach (var path in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories))
            {
                if (!ContentTypes.TryGetValue(Path.GetExtension(path), out var contentType)) continue;
                var content = File.ReadAllBytes(path);
                var etag = $"\"{Convert.ToHexStringLower(SHA256.HashData(content))[..16]}\"";
                files[Path.GetRelativePath(root, path).Replace(Path.DirectorySeparatorChar, '/')] = new DashboardFile(content, contentType, etag);
            }
        }

        return new DashboardFiles(root, files.ToFrozenDictionary(StringComparer.Ordinal));
    }

    /// <summary>The file at <paramref name="relativePath"/> (case-sensitive, <c>/</c> separators), or null.</summary>
    public DashboardFile? Find(string relativePath) => _files.GetValueOrDefault(relativePath);
}
