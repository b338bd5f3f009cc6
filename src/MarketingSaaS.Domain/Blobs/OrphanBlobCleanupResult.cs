namespace MarketingSaaS.Blobs;

/// <param name="Checked">Stored blobs older than the grace period that were looked up.</param>
/// <param name="Deleted">Of those, the ones without a <see cref="BlobRecord"/>, removed.</param>
/// <param name="SpoolFiles">Abandoned upload spool files removed from this host's spool folder.</param>
public sealed record OrphanBlobCleanupResult(int Checked, int Deleted, int SpoolFiles);
