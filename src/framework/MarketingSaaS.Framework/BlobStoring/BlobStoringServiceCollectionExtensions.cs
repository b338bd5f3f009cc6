using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Framework.BlobStoring;

public static class BlobStoringServiceCollectionExtensions
{
    /// <summary>Typed containers, configuration overrides and the file system provider (the default).</summary>
    public static IServiceCollection AddBlobStoring(this IServiceCollection services, IConfiguration configuration)
    {
        services.AddOptions<BlobStoringOptions>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPostConfigureOptions<BlobStoringOptions>, BlobStoringConfigurationReader>());
        services.Configure<FileSystemBlobProviderOptions>(o => o.RootPath = configuration["BlobStoring:FileSystem:RootPath"] ?? o.RootPath);
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IBlobProvider, FileSystemBlobProvider>());
        services.TryAddTransient(typeof(IBlobContainer<>), typeof(BlobContainer<>));
        services.TryAddTransient<IBlobContainerFactory, BlobContainerFactory>();
        return services;
    }

    public static IServiceCollection ConfigureBlobContainer<TContainer>(this IServiceCollection services, Action<BlobContainerConfiguration> configure)
        where TContainer : class =>
        services.Configure<BlobStoringOptions>(o => o.Configure<TContainer>(configure));
}
