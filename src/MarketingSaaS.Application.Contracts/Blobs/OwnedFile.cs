namespace MarketingSaaS.Blobs;

/// <summary>A stored file of a module's record: where its content is and what the portal shows of it.</summary>
public sealed record OwnedFile(
    Guid Id,
    string ContainerName,
    string StorageName,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    DateTimeOffset CreationTime,
    Guid? CreatorId)
{
    public BlobFileDto ToDto() => new(Id, FileName, ContentType, Size, Sha256, CreationTime, CreatorId);
}
