namespace MarketingSaaS.Blobs;

public sealed record OrphanBlobCleanupArgs;
