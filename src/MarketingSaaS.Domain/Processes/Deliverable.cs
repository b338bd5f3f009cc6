using MarketingSaaS.Framework.Domain.Entities;
using MarketingSaaS.Framework.MultiTenancy;

namespace MarketingSaaS.Processes;

/// <summary>An output of a running step (输出成果): a name and, once provided, a note or link (a stored file later).</summary>
public sealed class Deliverable : Entity<Guid>, IMultiTenant
{
    private Deliverable() { }

    internal Deliverable(Guid id, Guid stepId, int order, string name, bool isRequired, string? documentTemplateName) : base(id)
    {
        StepId = stepId;
        Order = order;
        Name = name;
        IsRequired = isRequired;
        DocumentTemplateName = documentTemplateName;
    }

    public Guid TenantId { get; private set; }

    public Guid StepId { get; private set; }

    public int Order { get; private set; }

    public string Name { get; private set; } = "";

    public bool IsRequired { get; private set; }

    public string? DocumentTemplateName { get; private set; }

    public bool IsProvided => ProvidedTime is not null;

    public string? Note { get; private set; }

    public string? Link { get; private set; }

    /// <summary>The id of the latest file uploaded to the deliverable (a <c>BlobRecord</c>), if any.</summary>
    public string? BlobName { get; private set; }

    public DateTimeOffset? ProvidedTime { get; private set; }

    public Guid? ProvidedByUserId { get; private set; }

    internal void Provide(string? note, string? link, Guid userId, DateTimeOffset now)
    {
        Note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        Link = string.IsNullOrWhiteSpace(link) ? null : link.Trim();
        ProvidedByUserId = userId;
        ProvidedTime = now;
    }

    internal void AttachFile(Guid fileId, Guid userId, DateTimeOffset now)
    {
        BlobName = fileId.ToString("D");
        ProvidedByUserId = userId;
        ProvidedTime = now;
    }

    /// <summary>After a file was deleted: points at the latest remaining file; with no file, note or link left, it is no longer provided.</summary>
    internal void DetachFile(Guid? latestRemainingFileId)
    {
        BlobName = latestRemainingFileId?.ToString("D");
        if (BlobName is null && Note is null && Link is null)
        {
            ProvidedTime = null;
            ProvidedByUserId = null;
        }
    }
}
