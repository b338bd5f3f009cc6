using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>A host on Sqlite whose blob containers use the Database provider.</summary>
public sealed class DatabaseSqliteBlobFixture : SqliteApiFixture, IDisposable
{
    public BlobTestStorage Storage { get; } = BlobTestStorage.Database();

    protected override IReadOnlyDictionary<string, string?>? Settings => Storage.Settings;

    public void Dispose() => Storage.Dispose();
}
