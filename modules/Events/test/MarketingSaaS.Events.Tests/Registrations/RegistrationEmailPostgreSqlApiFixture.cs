using MarketingSaaS.TestBase.Emailing;

namespace MarketingSaaS.Events.Tests.Registrations;

/// <summary>The PostgreSQL twin of <see cref="RegistrationEmailSqliteApiFixture"/>.</summary>
public sealed class RegistrationEmailPostgreSqlApiFixture : PostgreSqlSmtpApiFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => RegistrationEmailHost.Settings(Smtp);
}
