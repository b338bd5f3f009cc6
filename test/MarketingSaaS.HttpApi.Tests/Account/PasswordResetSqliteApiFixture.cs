using MarketingSaaS.HttpApi.Tests.Notifications;
using MarketingSaaS.TestBase.Hosting;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>A host that mails through a real SMTP receiver and knows its public address (the origin of reset links).</summary>
public sealed class PasswordResetSqliteApiFixture : SqliteApiFixture, IAsyncLifetime
{
    public SmtpReceiver Smtp { get; } = new();

    protected override IReadOnlyDictionary<string, string?>? Settings => PasswordResetMails.HostSettings(Smtp);

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
