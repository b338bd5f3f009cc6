namespace MarketingSaaS.Blobs;

internal static class BlobFileMapper
{
    public static BlobFileDto ToDto(BlobRecord record) =>
        new(record.Id, record.OriginalFileName, record.ContentType, record.Size, record.Sha256, record.CreationTime, record.CreatorId);

    public static BlobDownloadDto ToDownload(BlobRecord record, Stream content) =>
        new(content, record.OriginalFileName, record.ContentType, record.Size, record.Sha256);
}
