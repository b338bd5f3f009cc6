using MarketingSaaS.Framework.BlobStoring;
using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Blobs;

/// <summary>
/// The metadata of a stored file: which container holds it under which server-chosen name, what the uploader called
/// it, what its content proved to be, its size and SHA-256, and the item it belongs to (owner type and id).
/// </summary>
public sealed class BlobRecord : Entity<Guid>, IMultiTenant, ICreationAudited
{
    private BlobRecord() { }

    internal BlobRecord(Guid id, string containerName, StoredBlob blob, string ownerType, Guid ownerId) : base(id)
    {
        ContainerName = containerName;
        StorageName = blob.StorageName;
        OriginalFileName = blob.OriginalFileName;
        Extension = blob.Extension;
        ContentType = blob.ContentType;
        Size = blob.Size;
        Sha256 = blob.Sha256;
        OwnerType = ownerType;
        OwnerId = ownerId;
    }

    public Guid TenantId { get; private set; }

    public string ContainerName { get; private set; } = "";

    public string StorageName { get; private set; } = "";

    public string OriginalFileName { get; private set; } = "";

    public string Extension { get; private set; } = "";

    /// <summary>The type the content check proved, never the one the client sent.</summary>
    public string ContentType { get; private set; } = "";

    public long Size { get; private set; }

    /// <summary>Lower-case hex, computed while the upload streamed in.</summary>
    public string Sha256 { get; private set; } = "";

    public string OwnerType { get; private set; } = "";

    public Guid OwnerId { get; private set; }

    public DateTimeOffset CreationTime { get; private set; }

    public Guid? CreatorId { get; private set; }
}
