namespace MarketingSaaS.Blobs;

public sealed record BlobFileDto(
    Guid Id,
    string FileName,
    string ContentType,
    long Size,
    string Sha256,
    DateTimeOffset CreationTime,
    Guid? CreatorId);
