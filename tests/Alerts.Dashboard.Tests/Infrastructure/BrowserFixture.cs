using Alerts.Testing;
using Microsoft.Playwright;

namespace Alerts.Dashboard.Tests.Infrastructure;

/// <summary>
/// Headless Chromium driven by Playwright for .NET. The driver (Node and playwright-core) ships inside the
/// Microsoft.Playwright NuGet package and is copied to the test output; the browser is Debian's <c>chromium</c>
/// package (<c>ALERTS_CHROMIUM</c> overrides the path), because downloading Playwright's own build is impossible here.
/// </summary>
public sealed class BrowserFixture : IAsyncLifetime
{
    public const string DefaultChromium = "/usr/bin/chromium";

    private IPlaywright? _playwright;

    public IBrowser Browser { get; private set; } = null!;

    /// <summary>Where screenshots go: artifacts/screenshots in the repository (ignored by git, kept by CI as artifacts).</summary>
    public static string ScreenshotFolder { get; } = Path.Combine(RepoPaths.Root, "artifacts", "screenshots");

    public async ValueTask InitializeAsync()
    {
        var executable = Environment.GetEnvironmentVariable("ALERTS_CHROMIUM") is { Length: > 0 } path ? path : DefaultChromium;
        if (!File.Exists(executable))
        {
            throw new InvalidOperationException(
                $"Chromium is not installed at {executable}. Install Debian's package ('apt-get install -y chromium'; scripts/test.sh does) or set ALERTS_CHROMIUM.");
        }

        // The machines that run the tests are shared and busy: wait up to 30 s for what the page should show.
        Assertions.SetDefaultExpectTimeout(30_000);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions { ExecutablePath = executable, Headless = true });
        Directory.CreateDirectory(ScreenshotFolder);
    }

    public async ValueTask DisposeAsync()
    {
        if (Browser is not null) await Browser.CloseAsync();
        _playwright?.Dispose();
    }
}
