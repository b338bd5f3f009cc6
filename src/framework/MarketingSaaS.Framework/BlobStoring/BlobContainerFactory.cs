using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Framework.BlobStoring;

internal sealed class BlobContainerFactory(IServiceProvider services, IOptions<BlobStoringOptions> options) : IBlobContainerFactory
{
    public IBlobContainer<TContainer> Get<TContainer>() where TContainer : class => services.GetRequiredService<IBlobContainer<TContainer>>();

    public IBlobContainer Get(string containerName) =>
        options.Value.ContainerTypes.TryGetValue(containerName, out var type)
            ? (IBlobContainer)services.GetRequiredService(typeof(IBlobContainer<>).MakeGenericType(type))
            : throw new InvalidOperationException($"The blob container '{containerName}' is not configured.");
}
