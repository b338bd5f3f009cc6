namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>The container named by <typeparamref name="TContainer"/>'s <see cref="BlobContainerNameAttribute"/>; inject it.</summary>
public interface IBlobContainer<TContainer> : IBlobContainer
    where TContainer : class;
