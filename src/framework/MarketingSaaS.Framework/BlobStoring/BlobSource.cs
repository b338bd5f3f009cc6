namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>Checked content handed to a provider: a local file of known length (an upload spooled to disk, never to memory).</summary>
public sealed class BlobSource(string filePath, long length)
{
    public string FilePath { get; } = filePath;

    public long Length { get; } = length;

    public FileStream OpenRead() =>
        new(FilePath, FileMode.Open, FileAccess.Read, FileShare.Read, 81920, FileOptions.Asynchronous | FileOptions.SequentialScan);
}
