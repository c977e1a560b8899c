using Alerts.Functions.Configuration;

namespace Alerts.Functions.Tests.Configuration;

public sealed class ConfigurationSeederTests
{
    [Fact]
    public void Seed_file_with_errors_fails_start_up_naming_every_key()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("seed-").FullName, "bad.json");
        File.WriteAllText(path, """
            {"channels": [{"id": "ch", "name": "C", "language": "fr"}],
             "topics": [{"id": "Bad Id", "name": "T", "query": "(bahn", "channelId": "missing"}],
             "feeds": [{"id": "f", "kind": "gopher", "url": "ftp://x", "pollIntervalSeconds": 1}]}
            """);

        var ex = Assert.Throws<InvalidOperationException>(() => ConfigurationSeeder.Load(path));

        Assert.Contains("Alerts:SeedFile", ex.Message, StringComparison.Ordinal);
        foreach (var key in new[] { "channels[0].language", "topics[0].id", "topics[0].query", "topics[0].channelId", "feeds[0].kind", "feeds[0].url", "feeds[0].pollIntervalSeconds" })
        {
            Assert.Contains(key, ex.Message, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Demo_configuration_in_the_repo_is_valid()
    {
        var config = ConfigurationSeeder.Load(Path.Combine(Alerts.Testing.RepoPaths.Root, "config", "demo.json"));

        Assert.NotEmpty(config.Topics);
        Assert.NotEmpty(config.Feeds);
    }

    [Fact]
    public void Seed_file_that_is_not_json_fails_with_the_path()
    {
        var path = Path.Combine(Directory.CreateTempSubdirectory("seed-").FullName, "broken.json");
        File.WriteAllText(path, "{ not json");

        var ex = Assert.Throws<InvalidOperationException>(() => ConfigurationSeeder.Load(path));

        Assert.Contains(path, ex.Message, StringComparison.Ordinal);
    }
}
