using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>A host on PostgreSql whose blob containers use the Database provider.</summary>
public sealed class DatabasePostgreSqlBlobFixture : PostgreSqlApiFixture, IDisposable
{
    public BlobTestStorage Storage { get; } = BlobTestStorage.Database();

    protected override IReadOnlyDictionary<string, string?>? Settings => Storage.Settings;

    public void Dispose() => Storage.Dispose();
}
