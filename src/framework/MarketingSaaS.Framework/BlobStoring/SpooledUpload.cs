namespace MarketingSaaS.Framework.BlobStoring;

/// <summary>A checked upload in a temporary file, deleted on dispose unless a provider moved it away.</summary>
internal sealed class SpooledUpload(string filePath, long size, string sha256) : IDisposable
{
    public BlobSource Source { get; } = new(filePath, size);

    public long Size { get; } = size;

    public string Sha256 { get; } = sha256;

    public void Dispose()
    {
        if (File.Exists(Source.FilePath))
        {
            File.Delete(Source.FilePath);
        }
    }
}
