namespace MarketingSaaS.Blobs;

/// <summary>What a <see cref="BlobRecord"/> belongs to; the owner id is that item's id.</summary>
public static class BlobOwnerTypes
{
    public const string ProcessDeliverable = "ProcessDeliverable";

    public const string ApprovalRequest = "ApprovalRequest";

    /// <summary>The company logo; the owner id is the tenant's id.</summary>
    public const string CompanyLogo = "CompanyLogo";
}
