using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.TestBase.Emailing;

/// <summary>A host whose SMTP server is down: the configured port has no listener.</summary>
public sealed class PostgreSqlClosedSmtpApiFixture : PostgreSqlApiFixture
{
    private readonly IReadOnlyDictionary<string, string?> _settings = SmtpSettings.For(SmtpReceiver.FreePort());

    protected override IReadOnlyDictionary<string, string?>? Settings => _settings;
}
