namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>What a container stored: the server-chosen name, the checked metadata and the SHA-256 (hex) of the content.</summary>
public sealed record StoredBlob(string StorageName, string OriginalFileName, string Extension, string ContentType, long Size, string Sha256);
