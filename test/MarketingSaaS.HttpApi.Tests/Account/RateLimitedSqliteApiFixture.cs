using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.HttpApi.Tests.Account;

/// <summary>A host of its own with the low sign-in and sign-up limits of <see cref="RateLimitTestSettings"/>.</summary>
public sealed class RateLimitedSqliteApiFixture : SqliteApiFixture
{
    protected override IReadOnlyDictionary<string, string?>? Settings => RateLimitTestSettings.Values;
}
