using System.Text.Json.Nodes;

namespace Alerts.Teams;

/// <summary>Builds one alert card for one <see cref="CardBudget"/>; <see cref="AlertCardBuilder"/> picks the budget that fits.</summary>
internal static class AlertCardBody
{
    public static JsonObject Build(AlertCardModel m, CardStrings s, CardBudget budget)
    {
        var title = Title(m, s, budget.MaxTitleLength);
        var headline = Headline(m, s);
        var body = new JsonArray
        {
            new JsonObject
            {
                ["type"] = "Container",
                ["style"] = ContainerStyle(m),
                ["bleed"] = true,
                ["items"] = new JsonArray(
                    CardNodes.Text(MarkdownTitle(m, s, budget.MaxTitleLength), bold: true, size: "Large"),
                    CardNodes.Text(CardText.EscapeMarkdown(Badge(m, s)), subtle: true, bold: true)),
            },
            CardNodes.Text(headline),
            new JsonObject { ["type"] = "FactSet", ["facts"] = Facts(m, s, budget) },
        };

        if (budget.MaxNoteLength > 0 && !string.IsNullOrWhiteSpace(m.Note))
        {
            body.Add(CardNodes.Text(CardText.Sanitize(m.Note, budget.MaxNoteLength), subtle: true));
        }

        foreach (var node in CardChart.Build(m.Last24h, budget, s))
        {
            body.Add(node);
        }

        AddTopPosts(body, m.TopPosts, budget, s);
        body.Add(CardNodes.Text(
            $"Alert {CardText.Sanitize(m.AlertId, 64)} · {s.Revision} {m.Revision.ToString(s.Culture)}", subtle: true, size: "Small"));

        var summary = CardText.Unmarked(title + " – " + headline, 400);
        return new JsonObject
        {
            ["$schema"] = "http://adaptivecards.io/schemas/adaptive-card.json",
            ["type"] = "AdaptiveCard",
            ["version"] = "1.5",
            ["lang"] = s.LanguageTag,
            // Shown in notifications and by clients that cannot render the card (platform-facts C2, "Adaptive Card versions").
            ["fallbackText"] = summary,
            ["speak"] = summary,
            ["msteams"] = new JsonObject { ["width"] = "Full" },
            ["body"] = body,
            ["actions"] = Actions(m, s),
        };
    }

    /// <summary>"Shitstorm-Verdacht: Marke X" — plain text, not yet Markdown-escaped.</summary>
    public static string Title(AlertCardModel m, CardStrings s, int maxTopicLength) =>
        s.SignalTitle(m.Signal) + ": " + CardText.Plain(m.TopicName, Math.Max(20, maxTopicLength));

    /// <summary>The title for a TextBlock: only the feed-supplied topic is escaped; our own words need no escaping.</summary>
    public static string MarkdownTitle(AlertCardModel m, CardStrings s, int maxTopicLength) =>
        s.SignalTitle(m.Signal) + ": " + CardText.Sanitize(m.TopicName, Math.Max(20, maxTopicLength));

    /// <summary>"57 statt erwartet 12 (×4,8) · 23.11.2026, 14:00–14:15 MEZ" — our own text only, safe as Markdown.</summary>
    public static string Headline(AlertCardModel m, CardStrings s) =>
        $"{CardFormat.Count(m.Observed, s)} {s.InsteadOf} {CardFormat.Count(m.Expected, s)} ({CardFormat.Lift(m.Lift, s)}) · {CardFormat.Window(m.WindowStart, m.WindowEnd, s)}";

    private static string Badge(AlertCardModel m, CardStrings s) =>
        $"{s.StateLabel(m.State).ToUpper(s.Culture)} · {s.Severity}: {s.SeverityLabel(m.Severity)}";

    private static string ContainerStyle(AlertCardModel m) => (m.State.ToLowerInvariant(), m.Severity.ToLowerInvariant()) switch
    {
        ("resolved", _) => "good",
        ("acknowledged" or "snoozed", _) => "emphasis",
        (_, "critical" or "major" or "high") => "attention",
        _ => "warning",
    };

    private static JsonArray Facts(AlertCardModel m, CardStrings s, CardBudget budget)
    {
        var facts = new JsonArray
        {
            CardNodes.Fact(s.Observed, CardFormat.Count(m.Observed, s)),
            CardNodes.Fact(s.Expected, CardFormat.Count(m.Expected, s)),
            CardNodes.Fact(s.Lift, CardFormat.Lift(m.Lift, s)),
            CardNodes.Fact(s.Window, CardFormat.Window(m.WindowStart, m.WindowEnd, s)),
        };
        if (m.TailProbability is { } p && double.IsFinite(p))
        {
            facts.Add(CardNodes.Fact(s.Chance, CardFormat.Probability(p, s)));
        }

        if (budget.Emotion && m.Emotion is { Total: > 0 } e)
        {
            facts.Add(CardNodes.Fact(s.Mood, Mood(e, s)));
        }

        return facts;
    }

    private static string Mood(EmotionSplit e, CardStrings s)
    {
        string Share(int n) => ((double)n / e.Total).ToString("P0", s.Culture);
        return $"{s.Negative} {Share(e.Negative)} · {s.Neutral} {Share(e.Neutral)} · {s.Positive} {Share(e.Positive)} " +
               $"(n = {e.Total.ToString("N0", s.Culture)}, {s.MeanValence} {e.MeanValence.ToString("+0.00;−0.00;0.00", s.Culture)})";
    }

    private static void AddTopPosts(JsonArray body, IReadOnlyList<TopPost> posts, CardBudget budget, CardStrings s)
    {
        if (budget.MaxPosts == 0 || posts.Count == 0)
        {
            return;
        }

        body.Add(CardNodes.Heading(s.TopPosts));
        var n = 0;
        foreach (var post in posts.Take(budget.MaxPosts))
        {
            n++;
            var title = CardText.Sanitize(post.Title, budget.MaxTitleLength);
            if (title.Length == 0)
            {
                title = "–";
            }

            var link = SafeLink.ForMarkdown(post.Link);
            var text = link is null ? title : $"[{title}]({link})";
            var meta = new[] { CardText.Sanitize(post.Source, 60), CardText.Sanitize(post.Author, 60), Reach(post.Reach, s) }
                .Where(x => x.Length > 0);
            var line = $"{n.ToString(s.Culture)}\\. {text}";
            var metaText = string.Join(" · ", meta);
            body.Add(CardNodes.Text(metaText.Length == 0 ? line : line + " — " + metaText));
        }
    }

    private static string Reach(long? reach, CardStrings s) =>
        reach is > 0 ? $"{s.Reach} {reach.Value.ToString("N0", s.Culture)}" : string.Empty;

    private static JsonArray Actions(AlertCardModel m, CardStrings s)
    {
        // Only Action.OpenUrl: a Workflows-posted card has no bot behind it, so Submit/Execute would fail (platform-facts C2, "Actions").
        var actions = new JsonArray();
        var open = !string.Equals(m.State, "resolved", StringComparison.OrdinalIgnoreCase);
        if (open && SafeLink.Normalize(m.AcknowledgeUrl) is { } ack)
        {
            actions.Add(CardNodes.OpenUrl(s.Acknowledge, ack, "positive"));
        }

        if (open && SafeLink.Normalize(m.SnoozeUrl) is { } snooze)
        {
            actions.Add(CardNodes.OpenUrl(s.Snooze, snooze));
        }

        if (SafeLink.Normalize(m.DashboardUrl) is { } dashboard)
        {
            actions.Add(CardNodes.OpenUrl(s.Dashboard, dashboard));
        }

        return actions;
    }
}
