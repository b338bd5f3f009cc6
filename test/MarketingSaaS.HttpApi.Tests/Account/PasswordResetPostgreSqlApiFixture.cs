using MarketingSaaS.TestBase.Emailing;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>The SMTP-receiver host that also knows its public address (the origin of reset links).</summary>
public sealed class PasswordResetPostgreSqlApiFixture : PostgreSqlSmtpApiFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => PasswordResetMails.HostSettings(Smtp);
}
