using MarketingSaaS.TestBase.Hosting;
using Xunit;

namespace MarketingSaaS.TestBase.Emailing;

/// <summary>A host that mails through a real SMTP receiver on loopback, started before the host.</summary>
public class PostgreSqlSmtpApiFixture : PostgreSqlApiFixture, IAsyncLifetime
{
    public SmtpReceiver Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?>? Settings => Smtp.HostSettings;

    async Task IAsyncLifetime.InitializeAsync()
    {
        await Smtp.StartAsync();
        await InitializeAsync();
    }

    async Task IAsyncLifetime.DisposeAsync()
    {
        await DisposeAsync();
        await Smtp.DisposeAsync();
    }
}
