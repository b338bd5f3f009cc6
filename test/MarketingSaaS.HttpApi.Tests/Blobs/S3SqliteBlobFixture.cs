using MarketingSaaS.TestBase.Hosting;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>A host on Sqlite whose blob containers use the S3 provider.</summary>
public sealed class S3SqliteBlobFixture : SqliteApiFixture, IDisposable
{
    public BlobTestStorage Storage { get; } = BlobTestStorage.S3();

    protected override IReadOnlyDictionary<string, string?>? Settings => Storage.Settings;

    public void Dispose() => Storage.Dispose();
}
