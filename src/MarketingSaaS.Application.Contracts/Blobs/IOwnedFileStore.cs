namespace MarketingSaaS.Blobs;

/// <summary>
/// Files a module attaches to its own records (an expense's receipt…), stored in one of its typed blob containers and
/// kept as the platform's file records. Content is written before the record is saved: <see cref="SaveAddedAsync"/>
/// deletes it again when the save fails; a removed file's content goes with <see cref="DeleteContentAsync"/> after
/// the save.
/// </summary>
public interface IOwnedFileStore
{
    /// <summary>Stores the content in the container and adds its record to the unit of work (not saved).</summary>
    Task<OwnedFile> AddAsync<TContainer>(Stream content, string? fileName, string ownerType, Guid ownerId, CancellationToken cancellationToken = default)
        where TContainer : class;

    /// <summary>Saves the unit of work after <see cref="AddAsync{TContainer}"/>; deletes the stored content when that fails.</summary>
    Task SaveAddedAsync(OwnedFile file, CancellationToken cancellationToken = default);

    Task<OwnedFile?> FindAsync(string ownerType, Guid ownerId, Guid fileId, CancellationToken cancellationToken = default);

    /// <summary>Removes the file's record from the unit of work (not saved); its content stays until <see cref="DeleteContentAsync"/>.</summary>
    Task RemoveAsync(OwnedFile file, CancellationToken cancellationToken = default);

    Task DeleteContentAsync(OwnedFile file, CancellationToken cancellationToken = default);

    Task<BlobDownloadDto> OpenReadAsync(OwnedFile file, CancellationToken cancellationToken = default);
}
