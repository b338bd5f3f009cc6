namespace MarketingSaaS.Framework.BlobStoring;

public sealed class BlobStoringOptions
{
    public const string ConfigurationSection = "BlobStoring";

    public string DefaultProvider { get; set; } = FileSystemBlobProvider.ProviderName;

    /// <summary>Where uploads are spooled while they are checked; null means <c>.uploads</c> under the file system root.</summary>
    public string? TempFolder { get; set; }

    public Dictionary<string, BlobContainerConfiguration> Containers { get; } = new(StringComparer.Ordinal);

    /// <summary>Container name → container type, so stored metadata (which keeps the name) finds its container.</summary>
    public Dictionary<string, Type> ContainerTypes { get; } = new(StringComparer.Ordinal);

    public BlobStoringOptions Configure<TContainer>(Action<BlobContainerConfiguration> configure)
    {
        var name = BlobContainerNames.Of<TContainer>();
        if (!Containers.TryGetValue(name, out var configuration))
        {
            Containers[name] = configuration = new BlobContainerConfiguration();
            ContainerTypes[name] = typeof(TContainer);
        }

        configure(configuration);
        return this;
    }

    public BlobContainerConfiguration Get(string containerName) =>
        Containers.TryGetValue(containerName, out var configuration)
            ? configuration
            : throw new InvalidOperationException($"The blob container '{containerName}' is not configured.");
}
