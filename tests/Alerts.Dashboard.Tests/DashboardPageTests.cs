using System.Text.Json;
using Alerts.Alerting;
using Alerts.Dashboard.Tests.Infrastructure;
using Alerts.Testing;
using Microsoft.Playwright;
using static Microsoft.Playwright.Assertions;

namespace Alerts.Dashboard.Tests;

/// <summary>The dashboard in headless Chromium against the real app on Azurite, seeded through the app's own stores.</summary>
[Collection(DashboardCollection.Name)]
public sealed class DashboardPageTests(AzuriteFixture azurite, BrowserFixture browser)
{
    [Fact]
    public async Task The_page_opens_with_the_key_from_the_link_shows_the_open_alert_first_and_logs_no_errors()
    {
        // Arrange
        var (app, alert) = await Seed.StartAsync(azurite);
        await using var running = app;

        // Act
        await using var dashboard = await DashboardPage.OpenAsync(browser, app.DashboardUrl());
        var page = dashboard.Page;

        // Assert
        var card = page.Locator("#alerts li.alert").First;
        await Expect(card).ToHaveAttributeAsync("data-alert-id", alert.Id);
        await Expect(card.Locator("h3")).ToHaveTextAsync($"{Seed.TopicName} · Volume spike");
        await Expect(card.Locator(".badge.state")).ToHaveTextAsync("Firing");
        await Expect(card).ToContainTextAsync("46 vs 4.2");
        await Expect(page.Locator("#feeds tbody tr")).ToHaveCountAsync(1);
        await Expect(page.Locator("article.topic")).ToHaveCountAsync(2);
        await page.WaitForLoadStateAsync(LoadState.NetworkIdle);
        Assert.DoesNotContain("key=", page.Url, StringComparison.Ordinal);
        Assert.Equal(DashboardApp.AdminKey, await page.EvaluateAsync<string>("() => sessionStorage.getItem('alerts.key')"));
        await dashboard.ScreenshotAsync("dashboard-desktop");
        Assert.Empty(dashboard.Errors);
    }

    [Fact]
    public async Task Clicking_acknowledge_asks_for_the_name_once_and_acknowledges_the_alert_in_storage()
    {
        // Arrange
        var (app, alert) = await Seed.StartAsync(azurite);
        await using var running = app;
        await using var dashboard = await DashboardPage.OpenAsync(browser, app.DashboardUrl());
        var card = dashboard.Alert(alert.Id);

        // Act
        await card.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();
        await dashboard.Page.GetByLabel("Your name").FillAsync("Anna Beispiel");
        await dashboard.Page.GetByRole(AriaRole.Button, new() { Name = "Save" }).ClickAsync();

        // Assert
        await Expect(card.Locator(".badge.state")).ToHaveTextAsync("Acknowledged");
        await Expect(dashboard.Page.Locator("#banner")).ToContainTextAsync("is now Acknowledged");
        var stored = await Seed.ReloadAsync(app, alert.Id);
        Assert.Equal(AlertState.Acknowledged, stored.State);
        Assert.Equal("Anna Beispiel", stored.AcknowledgedBy);
        await dashboard.ScreenshotAsync("dashboard-acknowledged");

        // Act: the second action does not ask again
        await card.GetByLabel("Snooze for").SelectOptionAsync("240");
        await card.GetByRole(AriaRole.Button, new() { Name = "Snooze", Exact = true }).ClickAsync();

        // Assert
        await Expect(card.Locator(".badge.state")).ToHaveTextAsync("Snoozed");
        await Expect(dashboard.Page.Locator("#name-dialog")).ToBeHiddenAsync();
        var snoozed = await Seed.ReloadAsync(app, alert.Id);
        Assert.Equal(AlertState.Snoozed, snoozed.State);
        Assert.Equal(Seed.Now.AddMinutes(240), snoozed.SnoozedUntil);
        Assert.Empty(dashboard.Errors);
    }

    [Fact]
    public async Task Each_topic_chart_draws_its_last_24_hours_with_the_emotion_split_on_a_visible_canvas()
    {
        // Arrange
        var (app, _) = await Seed.StartAsync(azurite);
        await using var running = app;

        // Act
        await using var dashboard = await DashboardPage.OpenAsync(browser, app.DashboardUrl());

        // Assert
        var topic = dashboard.Page.Locator($"article.topic[data-topic-id='{Seed.TopicId}']");
        await Expect(topic.Locator(".summary")).ToContainTextAsync("826 mentions in 24 h (240 negative, 12 positive, 574 neutral), 12 buckets with spikes");
        var canvas = topic.Locator("canvas");
        var box = await canvas.BoundingBoxAsync();
        Assert.True(box is { Width: > 200, Height: > 100 }, $"canvas box {box?.Width}x{box?.Height}");
        var drawn = await canvas.EvaluateAsync<JsonElement>(CountPixelsScript);
        // 240 negative mentions over 12 buckets are tall orange-red bars; the legend's swatch alone is ~150 pixels.
        Assert.True(drawn.GetProperty("negative").GetInt32() > 1000, $"negative-coloured pixels: {drawn}");
        Assert.True(drawn.GetProperty("painted").GetInt32() > 10_000, $"painted pixels: {drawn}");
        Assert.Equal(Seed.BurstBuckets * Seed.BurstNegative, drawn.GetProperty("negativeSum").GetInt32());
        await Expect(topic).ToHaveAttributeAsync("aria-labelledby", $"topic-{Seed.TopicId}-title");
        await Expect(canvas).ToHaveAttributeAsync("aria-label", new System.Text.RegularExpressions.Regex("^Chart of Contoso Bahn: 826 mentions"));
        await topic.ScreenshotAsync(new() { Path = Path.Combine(BrowserFixture.ScreenshotFolder, "chart-contoso-bahn.png") });
        Assert.Empty(dashboard.Errors);
    }

    [Fact]
    public async Task A_wrong_key_is_rejected_with_a_visible_message_and_the_admin_key_opens_the_dashboard()
    {
        // Arrange
        var (app, alert) = await Seed.StartAsync(azurite);
        await using var running = app;
        await using var dashboard = await DashboardPage.OpenAsync(browser, app.DashboardUrl(key: null));
        var page = dashboard.Page;
        var keyInput = page.GetByLabel("Key", new() { Exact = true });
        await Expect(keyInput).ToBeFocusedAsync();

        // Act
        await keyInput.FillAsync("not-the-key-0123456789abcdef");
        await page.GetByRole(AriaRole.Button, new() { Name = "Open dashboard" }).ClickAsync();

        // Assert
        await Expect(page.Locator("#key-message")).ToBeVisibleAsync();
        await Expect(page.Locator("#key-message")).ToContainTextAsync("This key was not accepted");
        await Expect(page.Locator("#content")).ToBeHiddenAsync();
        Assert.Null(await page.EvaluateAsync<string?>("() => sessionStorage.getItem('alerts.key')"));
        await dashboard.ScreenshotAsync("key-rejected");

        // Act
        await keyInput.FillAsync(DashboardApp.AdminKey);
        await page.GetByRole(AriaRole.Button, new() { Name = "Open dashboard" }).ClickAsync();

        // Assert
        await Expect(dashboard.Alert(alert.Id)).ToBeVisibleAsync();
        await Expect(page.Locator("#key-section")).ToBeHiddenAsync();
    }

    [Fact]
    public async Task With_the_read_key_acting_on_an_alert_explains_that_it_needs_the_admin_key_and_changes_nothing()
    {
        // Arrange
        var (app, alert) = await Seed.StartAsync(azurite);
        await using var running = app;
        await using var dashboard = await DashboardPage.OpenAsync(browser, app.DashboardUrl(DashboardApp.ReadKey), reviewer: "Kim");

        // Act
        await dashboard.Alert(alert.Id).GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).ClickAsync();

        // Assert
        await Expect(dashboard.Page.Locator("#banner")).ToContainTextAsync("This key may only read");
        Assert.Equal(AlertState.Firing, (await Seed.ReloadAsync(app, alert.Id)).State);
    }

    [Fact]
    public async Task The_language_toggle_switches_the_labels_between_English_and_German_and_is_remembered()
    {
        // Arrange
        var (app, alert) = await Seed.StartAsync(azurite);
        await using var running = app;
        await using var dashboard = await DashboardPage.OpenAsync(browser, app.DashboardUrl(), locale: "en-GB");
        var page = dashboard.Page;
        var card = dashboard.Alert(alert.Id);
        await Expect(page.Locator("#alerts-heading")).ToHaveTextAsync("Open alerts");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Acknowledge" })).ToBeVisibleAsync();

        // Act
        await page.GetByRole(AriaRole.Button, new() { Name = "Auf Deutsch umschalten" }).ClickAsync();

        // Assert
        await Expect(page.Locator("html")).ToHaveAttributeAsync("lang", "de");
        await Expect(page.Locator("#alerts-heading")).ToHaveTextAsync("Offene Alarme");
        await Expect(card.GetByRole(AriaRole.Button, new() { Name = "Bestätigen" })).ToBeVisibleAsync();
        await Expect(card.Locator("h3")).ToHaveTextAsync($"{Seed.TopicName} · Mengenspitze");
        await Expect(page.Locator("#feeds thead")).ToContainTextAsync("Zuletzt erfolgreich");
        await Expect(page.Locator($"article.topic[data-topic-id='{Seed.TopicId}'] .summary")).ToContainTextAsync("826 Erwähnungen in 24 Std.");
        await dashboard.ScreenshotAsync("dashboard-german");

        // Act
        await page.ReloadAsync();

        // Assert
        await Expect(page.Locator("#alerts-heading")).ToHaveTextAsync("Offene Alarme");
        await page.GetByRole(AriaRole.Button, new() { Name = "Switch to English" }).ClickAsync();
        await Expect(page.Locator("#alerts-heading")).ToHaveTextAsync("Open alerts");
    }

    [Fact]
    public async Task A_German_browser_gets_the_German_page()
    {
        // Arrange
        var (app, _) = await Seed.StartAsync(azurite);
        await using var running = app;

        // Act
        await using var dashboard = await DashboardPage.OpenAsync(browser, app.DashboardUrl(), locale: "de-DE");

        // Assert
        await Expect(dashboard.Page.Locator("#alerts-heading")).ToHaveTextAsync("Offene Alarme");
        await Expect(dashboard.Page.Locator("html")).ToHaveAttributeAsync("lang", "de");
    }

    [Fact]
    public async Task The_acknowledge_button_is_reachable_with_Tab_shows_its_focus_and_works_with_Enter()
    {
        // Arrange
        var (app, alert) = await Seed.StartAsync(azurite);
        await using var running = app;
        await using var dashboard = await DashboardPage.OpenAsync(browser, app.DashboardUrl(), reviewer: "Kim Tastatur");
        var page = dashboard.Page;
        await Expect(dashboard.Alert(alert.Id)).ToBeVisibleAsync();

        // Act
        var presses = 0;
        var reached = false;
        while (!reached && presses < 40)
        {
            await page.Keyboard.PressAsync("Tab");
            presses++;
            reached = await page.EvaluateAsync<bool>("() => document.activeElement?.tagName === 'BUTTON' && document.activeElement.textContent === 'Acknowledge' && !!document.activeElement.closest('li.alert')");
        }

        // Assert
        Assert.True(reached, $"Acknowledge not focused after {presses} Tab presses");
        TestContext.Current.TestOutputHelper?.WriteLine($"Acknowledge reached after {presses} Tab presses");
        Assert.NotEqual("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.activeElement).outlineStyle"));
        await dashboard.ScreenshotAsync("keyboard-focus");

        // Act
        await page.Keyboard.PressAsync("Enter");

        // Assert
        await Expect(dashboard.Alert(alert.Id).Locator(".badge.state")).ToHaveTextAsync("Acknowledged");
        Assert.Equal(AlertState.Acknowledged, (await Seed.ReloadAsync(app, alert.Id)).State);
        // The pressed button is now disabled; focus stays on its card instead of falling back to the page.
        Assert.True(await page.EvaluateAsync<bool>("() => !!document.activeElement.closest('li.alert')"));
    }

    [Fact]
    public async Task The_30_second_refresh_shows_a_new_alert_and_keeps_the_focused_control_and_its_choice()
    {
        // Arrange
        var (app, alert) = await Seed.StartAsync(azurite);
        await using var running = app;
        await using var dashboard = await DashboardPage.OpenAsync(browser, app.DashboardUrl(), fakeTimers: true);
        var select = dashboard.Alert(alert.Id).GetByLabel("Snooze for");
        await select.SelectOptionAsync("240");
        await select.FocusAsync();
        var second = await Seed.OpenAlertAsync(app, new DedupKey(Seed.TopicId, "negative"));

        // Act
        await dashboard.Page.Clock.RunForAsync(31_000);

        // Assert
        await Expect(dashboard.Alert(second.Id)).ToBeVisibleAsync();
        await Expect(dashboard.Page.Locator("#alerts li.alert")).ToHaveCountAsync(2);
        await Expect(select).ToBeFocusedAsync();
        await Expect(select).ToHaveValueAsync("240");
    }

    [Fact]
    public async Task A_link_to_an_alert_highlights_and_focuses_its_card()
    {
        // Arrange
        var (app, alert) = await Seed.StartAsync(azurite);
        await using var running = app;

        // Act
        await using var dashboard = await DashboardPage.OpenAsync(browser, app.DashboardUrl(alertId: alert.Id));

        // Assert
        var card = dashboard.Alert(alert.Id);
        await Expect(card).ToHaveClassAsync(new System.Text.RegularExpressions.Regex(@"\bhighlight\b"));
        await Expect(card).ToBeFocusedAsync();
        Assert.EndsWith("#alert=" + Uri.EscapeDataString(alert.Id), dashboard.Page.Url, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_phone_the_page_fits_the_screen_without_sideways_scrolling()
    {
        // Arrange
        var (app, alert) = await Seed.StartAsync(azurite);
        await using var running = app;

        // Act
        await using var dashboard = await DashboardPage.OpenAsync(browser, app.DashboardUrl(), viewport: new ViewportSize { Width = 390, Height = 844 });
        await Expect(dashboard.Alert(alert.Id)).ToBeVisibleAsync();
        await Expect(dashboard.Page.Locator("article.topic canvas").First).ToBeVisibleAsync();

        // Assert
        var widths = await dashboard.Page.EvaluateAsync<int[]>("() => [document.documentElement.scrollWidth, window.innerWidth]");
        Assert.True(widths[0] <= widths[1], $"page is {widths[0]} px wide on a {widths[1]} px screen");
        var button = await dashboard.Alert(alert.Id).GetByRole(AriaRole.Button, new() { Name = "Acknowledge" }).BoundingBoxAsync();
        Assert.True(button is { Height: >= 40 }, $"the Acknowledge button is {button?.Height} px high; touch targets need 40");
        await dashboard.ScreenshotAsync("dashboard-phone");
    }

    [Fact]
    public async Task Scan_now_shows_the_result_of_the_manual_scan()
    {
        // Arrange
        var (app, _) = await Seed.StartAsync(azurite);
        await using var running = app;
        await using var dashboard = await DashboardPage.OpenAsync(browser, app.DashboardUrl());
        var page = dashboard.Page;

        // Act
        await page.GetByLabel("Dry run (notify no one)").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "Scan now" }).ClickAsync();

        // Assert
        await Expect(page.Locator("#scan-result")).ToContainTextAsync(new System.Text.RegularExpressions.Regex(@"Scan (completed|failed): \d+ feeds, \d+ items seen"));
        await dashboard.ScreenshotAsync("scan-result");
    }

    // The canvas' pixels: how many are painted, how many in the negative colour (#D55E00), and the chart's own data.
    private const string CountPixelsScript = """
        canvas => {
          const data = canvas.getContext('2d').getImageData(0, 0, canvas.width, canvas.height).data;
          let painted = 0, negative = 0;
          for (let i = 0; i < data.length; i += 4) {
            if (data[i + 3] > 0) painted++;
            if (data[i + 3] > 200 && Math.abs(data[i] - 0xD5) < 10 && Math.abs(data[i + 1] - 0x5E) < 10 && data[i + 2] < 10) negative++;
          }
          const chart = window.Chart.getChart(canvas);
          const negativeSum = chart.data.datasets[0].data.reduce((a, b) => a + b, 0);
          return { painted, negative, negativeSum };
        }
        """;
}
