using MarketingSaaS.Framework.ExceptionHandling;
using MarketingSaaS.Framework.MultiTenancy;
using Microsoft.Extensions.Options;

namespace MarketingSaaS.Framework.BlobStoring;

public sealed class BlobContainer<TContainer>(
    IOptions<BlobStoringOptions> options,
    IOptions<FileSystemBlobProviderOptions> fileSystemOptions,
    IEnumerable<IBlobProvider> providers,
    ICurrentTenant currentTenant,
    TimeProvider clock) : IBlobContainer<TContainer>
    where TContainer : class
{
    public string Name { get; } = BlobContainerNames.Of<TContainer>();

    public BlobContainerConfiguration Configuration => options.Value.Get(Name);

    private IBlobProvider Provider
    {
        get
        {
            var name = Configuration.Provider ?? options.Value.DefaultProvider;
            return providers.LastOrDefault(p => string.Equals(p.Name, name, StringComparison.OrdinalIgnoreCase))
                ?? throw new InvalidOperationException($"Blob container '{Name}' uses the provider '{name}', which is not registered.");
        }
    }

    private string TempFolder => BlobSpoolFolder.PathOf(options.Value, fileSystemOptions.Value);

    public async Task<StoredBlob> SaveAsync(Stream content, string? originalFileName, CancellationToken cancellationToken = default)
    {
        var fileName = BlobFileName.Validate(originalFileName);
        var extension = BlobFileName.ExtensionOf(fileName);
        var kind = Configuration.AllowedExtensions.Contains(extension) ? BlobFileKinds.FindByExtension(extension) : null;
        if (kind is null)
        {
            throw new BusinessException(
                BlobStoringErrorCodes.FileTypeNotAllowed,
                new Dictionary<string, object?> { ["extension"] = extension, ["allowed"] = string.Join(", ", Configuration.AllowedExtensions.Order()) },
                415);
        }

        using var upload = await BlobUploadSpooler.SpoolAsync(content, kind, Configuration.MaxSizeBytes, TempFolder, clock.GetUtcNow(), cancellationToken);
        var storageName = BlobPath.NewStorageName(clock.GetUtcNow());
        await Provider.SaveAsync(PathOf(storageName), upload.Source, cancellationToken);
        return new StoredBlob(storageName, fileName, extension, kind.ContentType, upload.Size, upload.Sha256);
    }

    public Task<Stream?> OpenReadAsync(string storageName, CancellationToken cancellationToken = default) =>
        BlobPath.IsValidStorageName(storageName) ? Provider.OpenReadAsync(PathOf(storageName), cancellationToken) : Task.FromResult<Stream?>(null);

    public Task<bool> ExistsAsync(string storageName, CancellationToken cancellationToken = default) =>
        BlobPath.IsValidStorageName(storageName) ? Provider.ExistsAsync(PathOf(storageName), cancellationToken) : Task.FromResult(false);

    public Task<bool> DeleteAsync(string storageName, CancellationToken cancellationToken = default) =>
        BlobPath.IsValidStorageName(storageName) ? Provider.DeleteAsync(PathOf(storageName), cancellationToken) : Task.FromResult(false);

    public async IAsyncEnumerable<string> ListStorageNamesAsync([System.Runtime.CompilerServices.EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var path in Provider.ListAsync(BlobPath.PrefixFor(Name, TenantOfPaths), cancellationToken))
        {
            var name = path[(path.LastIndexOf('/') + 1)..];
            if (BlobPath.IsValidStorageName(name))
            {
                yield return name;
            }
        }
    }

    private Guid? TenantOfPaths => Configuration.IsMultiTenant ? currentTenant.Id : null;

    private string PathOf(string storageName) =>
        BlobPath.For(Name, TenantOfPaths, storageName);
}
