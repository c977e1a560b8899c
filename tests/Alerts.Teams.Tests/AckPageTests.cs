namespace Alerts.Teams.Tests;

public sealed class AckPageTests
{
    private const string Evil = "<script>alert('x')</script>\"><img src=x onerror=alert(1)>";

    [Fact]
    public void Get_page_shows_the_alert_and_a_labelled_form_with_the_hidden_token()
    {
        // Arrange
        var model = new AckPageModel(SampleAlerts.Shitstorm(), AckAction.Acknowledge, "tok_en-1", "/api/ack/al-42");

        // Act
        var html = AckPage.Render(model, CardLanguage.German);

        // Assert
        Assert.StartsWith("<!DOCTYPE html>", html, StringComparison.Ordinal);
        Assert.Contains("<html lang=\"de\">", html, StringComparison.Ordinal);
        Assert.Contains("Shitstorm-Verdacht: Marke Müller &amp; Söhne", html, StringComparison.Ordinal);
        Assert.Contains("<form class=\"card\" method=\"post\" action=\"/api/ack/al-42\">", html, StringComparison.Ordinal);
        Assert.Contains("<input type=\"hidden\" name=\"token\" value=\"tok_en-1\">", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"name\">Dein Name</label>", html, StringComparison.Ordinal);
        Assert.Contains("id=\"name\" name=\"name\" required", html, StringComparison.Ordinal);
        Assert.Contains("<label for=\"note\">", html, StringComparison.Ordinal);
        Assert.Contains("name=\"viewport\"", html, StringComparison.Ordinal);
        Assert.Contains("content=\"no-referrer\"", html, StringComparison.Ordinal);
        Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("snoozeMinutes", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Snooze_page_offers_a_duration()
    {
        // Arrange
        var model = new AckPageModel(SampleAlerts.Shitstorm(), AckAction.Snooze, "t", "/api/ack/al-42");

        // Act
        var html = AckPage.Render(model, CardLanguage.English);

        // Assert
        Assert.Contains("<select id=\"snooze\" name=\"snoozeMinutes\">", html, StringComparison.Ordinal);
        Assert.Contains("<option value=\"240\">4 hours</option>", html, StringComparison.Ordinal);
        Assert.Contains("Snooze alert</button>", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Everything_from_the_feed_the_token_and_the_actor_is_html_encoded()
    {
        // Arrange
        var alert = SampleAlerts.Shitstorm(topic: Evil) with { Note = Evil, Severity = Evil, State = Evil };
        var model = new AckPageModel(alert, AckAction.Acknowledge, Evil, "/ack?x=\"><script>");

        // Act
        var pages = new[]
        {
            AckPage.Render(model, CardLanguage.English),
            AckPage.RenderResult(alert, AckAction.Acknowledge, Evil, CardLanguage.German),
            AckPage.RenderError(Evil, Evil, CardLanguage.English),
        };

        // Assert
        Assert.All(pages, html =>
        {
            Assert.DoesNotContain("<script", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("<img", html, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("onerror=alert(1)>", html, StringComparison.Ordinal);
            Assert.DoesNotContain("\"><script", html, StringComparison.Ordinal);
        });
    }

    [Theory]
    [InlineData(AckTokenValidation.Expired, "expired")]
    [InlineData(AckTokenValidation.WrongAlert, "another alert")]
    [InlineData(AckTokenValidation.BadSignature, "altered")]
    [InlineData(AckTokenValidation.Malformed, "damaged")]
    public void Token_errors_explain_what_went_wrong(AckTokenValidation result, string phrase)
    {
        // Act
        var html = AckPage.RenderTokenError(result, CardLanguage.English);

        // Assert
        Assert.Contains("Link not valid", html, StringComparison.Ordinal);
        Assert.Contains(phrase, html, StringComparison.Ordinal);
        Assert.Contains("role=\"alert\"", html, StringComparison.Ordinal);
    }

    [Fact]
    public void Result_page_names_who_acted_and_links_the_dashboard()
    {
        // Act
        var html = AckPage.RenderResult(SampleAlerts.Shitstorm(), AckAction.Acknowledge, "Jana Schmidt", CardLanguage.German);

        // Assert
        Assert.Contains("Bestätigt von Jana Schmidt", html, StringComparison.Ordinal);
        Assert.Contains("href=\"https://alerts.example.de/dashboard/al-2026-11-23-0042\"", html, StringComparison.Ordinal);
    }
}
