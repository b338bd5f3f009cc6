namespace MarketingSaaS.Blobs;

public static class BlobRecordConsts
{
    public const int MaxContainerNameLength = 64;

    public const int MaxOwnerTypeLength = 64;

    public const int Sha256Length = 64;
}
