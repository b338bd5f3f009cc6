using Amazon.S3;
using Amazon.S3.Model;
using MarketingSaaS.EntityFrameworkCore;
using MarketingSaaS.EntityFrameworkCore.Blobs;
using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.EntityFrameworkCore.DbContexts;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace MarketingSaaS.HttpApi.Tests.Blobs;

/// <summary>
/// The blob settings of a test host (provider, a throwaway file root or bucket, small limits) and a provider-specific
/// look at what is really stored, to prove that refused uploads leave nothing behind.
/// </summary>
public sealed class BlobTestStorage : IDisposable
{
    /// <summary>The deliverables container's limit in the tests (so "too big" needs only a few MB).</summary>
    public const long DeliverableLimit = 2 * 1024 * 1024;

    /// <summary>The approval attachments container's limit in the tests.</summary>
    public const long AttachmentLimit = 1024 * 1024;

    private readonly S3rverServer? _s3;
    private readonly string _bucket = "msaas-" + Guid.NewGuid().ToString("N")[..12];

    private BlobTestStorage(string provider, S3rverServer? s3)
    {
        Provider = provider;
        _s3 = s3;
        Root = Directory.CreateTempSubdirectory("msaas-blobs-").FullName;
    }

    public string Provider { get; }

    public string Root { get; }

    public static BlobTestStorage FileSystem() => new(FileSystemBlobProvider.ProviderName, null);

    public static BlobTestStorage Database() => new(DatabaseBlobProvider.ProviderName, null);

    public static BlobTestStorage S3() => new(Framework.BlobStoring.S3.S3BlobProvider.ProviderName, S3rverServer.StartAsync().GetAwaiter().GetResult());

    public IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["BlobStoring:DefaultProvider"] = Provider,
        ["BlobStoring:FileSystem:RootPath"] = Root,
        ["BlobStoring:Containers:deliverables:MaxSizeBytes"] = DeliverableLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["BlobStoring:Containers:approval-attachments:MaxSizeBytes"] = AttachmentLimit.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["BlobStoring:S3:ServiceUrl"] = _s3?.ServiceUrl,
        ["BlobStoring:S3:AccessKey"] = S3rverServer.Credential,
        ["BlobStoring:S3:SecretKey"] = S3rverServer.Credential,
        ["BlobStoring:S3:BucketName"] = _bucket,
    };

    /// <summary>Objects the provider holds, plus any upload left in the spool folder.</summary>
    public async Task<int> CountStoredAsync(IServiceProvider services)
    {
        var spooled = Directory.EnumerateFiles(Root, "*", SearchOption.AllDirectories).Count();
        if (Provider == FileSystemBlobProvider.ProviderName)
        {
            return spooled;
        }

        if (Provider == DatabaseBlobProvider.ProviderName)
        {
            using var scope = services.CreateScope();
            var context = await scope.ServiceProvider.GetRequiredService<IDbContextProvider<PlatformDbContext>>().GetDbContextAsync();
            return spooled + await context.Set<BlobContentChunk>().Select(c => c.Path).Distinct().CountAsync();
        }

        using var client = S3Client();
        try
        {
            return spooled + (await client.ListObjectsV2Async(new ListObjectsV2Request { BucketName = _bucket })).S3Objects?.Count ?? spooled;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == System.Net.HttpStatusCode.NotFound)
        {
            return spooled;
        }
    }

    /// <summary>Asks the configured provider itself whether something is stored under the path.</summary>
    public async Task<bool> ExistsAsync(IServiceProvider services, string path)
    {
        using var scope = services.CreateScope();
        var provider = scope.ServiceProvider.GetServices<IBlobProvider>().Single(p => p.Name == Provider);
        return await provider.ExistsAsync(path);
    }

    public void Dispose() => Directory.Delete(Root, recursive: true);

    private AmazonS3Client S3Client() => new(
        new Amazon.Runtime.BasicAWSCredentials(S3rverServer.Credential, S3rverServer.Credential),
        new AmazonS3Config { ServiceURL = _s3!.ServiceUrl, ForcePathStyle = true, AuthenticationRegion = "us-east-1" });
}
