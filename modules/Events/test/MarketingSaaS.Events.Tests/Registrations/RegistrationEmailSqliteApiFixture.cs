using MarketingSaaS.TestBase.Emailing;

namespace MarketingSaaS.Events.Tests.Registrations;

/// <summary>A host that mails registrants through a real SMTP receiver and knows its public address (the origin of their links).</summary>
public sealed class RegistrationEmailSqliteApiFixture : SqliteSmtpApiFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => RegistrationEmailHost.Settings(Smtp);
}
