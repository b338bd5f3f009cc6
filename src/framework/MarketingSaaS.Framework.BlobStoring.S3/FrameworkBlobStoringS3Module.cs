using MarketingSaaS.Framework.Modularity;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace MarketingSaaS.Framework.BlobStoring.S3;

/// <summary>Registers the S3 provider; a container uses it with <c>BlobStoring:Containers:&lt;name&gt;:Provider = S3</c>.</summary>
[DependsOn(typeof(FrameworkModule))]
public sealed class FrameworkBlobStoringS3Module : MarketingModule
{
    public override void ConfigureServices(ServiceConfigurationContext context)
    {
        var section = context.Configuration.GetSection("BlobStoring:S3");
        context.Services.Configure<S3BlobProviderOptions>(o =>
        {
            o.ServiceUrl = section["ServiceUrl"] ?? o.ServiceUrl;
            o.Region = section["Region"] ?? o.Region;
            o.AccessKey = section["AccessKey"] ?? o.AccessKey;
            o.SecretKey = section["SecretKey"] ?? o.SecretKey;
            o.BucketName = section["BucketName"] ?? o.BucketName;
            o.ForcePathStyle = bool.TryParse(section["ForcePathStyle"], out var pathStyle) ? pathStyle : o.ForcePathStyle;
            o.CreateBucketIfMissing = bool.TryParse(section["CreateBucketIfMissing"], out var create) ? create : o.CreateBucketIfMissing;
        });
        context.Services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlobProvider, S3BlobProvider>());
    }
}
