namespace MarketingSaaS.Framework.BlobStoring;

public interface IBlobContainerFactory
{
    IBlobContainer<TContainer> Get<TContainer>() where TContainer : class;

    /// <summary>The container configured under <paramref name="containerName"/> (as stored in metadata).</summary>
    IBlobContainer Get(string containerName);
}
