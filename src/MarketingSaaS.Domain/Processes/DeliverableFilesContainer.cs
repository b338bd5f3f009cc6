using MarketingSaaS.Framework.BlobStoring;

namespace MarketingSaaS.Processes;

/// <summary>Files of process-step deliverables (reports, plans, photos).</summary>
[BlobContainerName("deliverables")]
public sealed class DeliverableFilesContainer
{
    public const long DefaultMaxSizeBytes = 100L * 1024 * 1024;
}
