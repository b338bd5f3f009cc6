namespace MarketingSaaS.EntityFrameworkCore.Blobs;

/// <summary>
/// A piece of a blob kept by the database provider. Not tenant-filtered: the path already carries the tenant
/// (<c>tenants/{id}/…</c>) and only <see cref="DatabaseBlobProvider"/> touches the table.
/// </summary>
public sealed class BlobContentChunk
{
    public string Path { get; set; } = "";

    public int Index { get; set; }

    public byte[] Data { get; set; } = [];
}
