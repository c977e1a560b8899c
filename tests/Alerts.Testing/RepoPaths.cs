namespace Alerts.Testing;

/// <summary>Where the repository and the shared bench data are, found from the test binary's folder.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    /// <summary><c>../shared/bench-data</c> beside the repo; tests that need it skip when it is absent.</summary>
    public static string? BenchData
    {
        get
        {
            var path = Path.GetFullPath(Path.Combine(Root, "..", "shared", "bench-data"));
            return Directory.Exists(path) ? path : null;
        }
    }

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "Alerts.sln")))
        {
            dir = dir.Parent;
        }

        return dir?.FullName ?? throw new InvalidOperationException("Alerts.sln not found above " + AppContext.BaseDirectory);
    }
}
