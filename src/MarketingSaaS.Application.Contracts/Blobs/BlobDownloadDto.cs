namespace MarketingSaaS.Blobs;

/// <summary>A file to send: the caller streams <see cref="Content"/> and disposes it.</summary>
public sealed record BlobDownloadDto(Stream Content, string FileName, string ContentType, long Size, string Sha256);
