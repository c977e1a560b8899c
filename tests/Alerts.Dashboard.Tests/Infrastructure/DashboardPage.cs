using System.Text.Json;
using Microsoft.Playwright;

namespace Alerts.Dashboard.Tests.Infrastructure;

/// <summary>
/// One browser context and page on the dashboard: the browser clock fixed at <see cref="Seed.Now"/>, console errors,
/// uncaught exceptions and failed requests collected, screenshots written to <see cref="BrowserFixture.ScreenshotFolder"/>.
/// </summary>
public sealed class DashboardPage : IAsyncDisposable
{
    private readonly IBrowserContext _context;

    private DashboardPage(IBrowserContext context, IPage page)
    {
        _context = context;
        Page = page;
        page.Console += (_, message) =>
        {
            if (message.Type == "error") Errors.Add($"console: {message.Text}");
        };
        page.PageError += (_, error) => Errors.Add($"uncaught: {error}");
        page.RequestFailed += (_, request) => Errors.Add($"request failed: {request.Url} {request.Failure}");
    }

    public IPage Page { get; }

    /// <summary>Console errors (including CSP violations and failed loads), uncaught exceptions and failed requests.</summary>
    public List<string> Errors { get; } = [];

    /// <summary>Opens <paramref name="url"/>; with fakeTimers the page's timers are fake too (the 30-second refresh runs only when the test advances the clock).</summary>
    public static async Task<DashboardPage> OpenAsync(BrowserFixture browser, Uri url, string locale = "en-GB", string? reviewer = null, ViewportSize? viewport = null, bool fakeTimers = false)
    {
        var context = await browser.Browser.NewContextAsync(new BrowserNewContextOptions
        {
            Locale = locale,
            TimezoneId = "Europe/Berlin",
            ViewportSize = viewport ?? new ViewportSize { Width = 1280, Height = 900 },
        });
        if (reviewer is not null)
        {
            await context.AddInitScriptAsync($"localStorage.setItem('alerts.reviewer', {JsonSerializer.Serialize(reviewer)});");
        }

        var page = await context.NewPageAsync();
        var dashboard = new DashboardPage(context, page);
        if (fakeTimers)
        {
            await page.Clock.InstallAsync(new ClockInstallOptions { TimeDate = Seed.Now.UtcDateTime });
        }
        else
        {
            await page.Clock.SetFixedTimeAsync(Seed.Now.UtcDateTime);
        }

        await page.GotoAsync(url.ToString());
        if (fakeTimers)
        {
            // From here on the page's time moves only when the test says so.
            // (Time flowed while the page loaded; pausing in the past is refused, so pause well ahead.)
            await page.Clock.PauseAtAsync(Seed.Now.UtcDateTime.AddMinutes(10));
        }

        return dashboard;
    }

    /// <summary>The card of one alert.</summary>
    public ILocator Alert(string alertId) => Page.Locator($"li.alert[data-alert-id=\"{alertId}\"]");

    /// <summary>Saves a full-page screenshot as artifacts/screenshots/{name}.png and prints where.</summary>
    public async Task ScreenshotAsync(string name)
    {
        var path = Path.Combine(BrowserFixture.ScreenshotFolder, name + ".png");
        await Page.ScreenshotAsync(new PageScreenshotOptions { Path = path, FullPage = true });
        TestContext.Current.TestOutputHelper?.WriteLine($"screenshot: {path}");
    }

    public async ValueTask DisposeAsync() => await _context.CloseAsync();
}
