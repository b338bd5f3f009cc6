namespace MarketingSaaS.Blobs;

/// <summary>What a <see cref="BlobRecord"/> belongs to; the owner id is that item's id.</summary>
public static class BlobOwnerTypes
{
    public const string ProcessDeliverable = "ProcessDeliverable";

    public const string ApprovalRequest = "ApprovalRequest";
}
