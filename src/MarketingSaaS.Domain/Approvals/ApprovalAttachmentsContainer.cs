using MarketingSaaS.Framework.BlobStoring;

namespace MarketingSaaS.Approvals;

/// <summary>Documents attached to approval requests (quotes, contracts, plans).</summary>
[BlobContainerName("approval-attachments")]
public sealed class ApprovalAttachmentsContainer
{
    public const long DefaultMaxSizeBytes = 20L * 1024 * 1024;
}
