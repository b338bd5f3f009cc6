using MarketingSaaS.Framework.BlobStoring;

namespace MarketingSaaS.Events.Expenses;

/// <summary>Receipts of event expenses: images and PDF only, checked by their magic bytes.</summary>
[BlobContainerName("event-receipts")]
public sealed class EventReceiptsContainer
{
    public const long DefaultMaxSizeBytes = 10L * 1024 * 1024;

    public static readonly IReadOnlyList<BlobFileKind> Kinds = [BlobFileKinds.Pdf, BlobFileKinds.Png, BlobFileKinds.Jpeg, BlobFileKinds.Webp];
}
