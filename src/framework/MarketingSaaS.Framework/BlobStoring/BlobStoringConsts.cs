namespace MarketingSaaS.Framework.BlobStoring;

public static class BlobStoringConsts
{
    public const int MaxFileNameLength = 255;

    public const int MaxContentTypeLength = 128;

    public const int MaxExtensionLength = 16;

    /// <summary>Storage names are Guid v7 in "N" form.</summary>
    public const int StorageNameLength = 32;

    /// <summary>host/… or tenants/{36}/{container ≤ 63}/{32}.</summary>
    public const int MaxPathLength = 160;
}
