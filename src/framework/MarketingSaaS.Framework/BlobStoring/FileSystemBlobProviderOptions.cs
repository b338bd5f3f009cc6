namespace MarketingSaaS.Framework.BlobStoring;

public sealed class FileSystemBlobProviderOptions
{
    /// <summary><c>BlobStoring:FileSystem:RootPath</c>; a relative path is resolved against the host's content root.</summary>
    public string RootPath { get; set; } = Path.Combine("App_Data", "blobs");
}
