namespace MarketingSaaS.Framework.AspNetCore.Uow;

/// <summary>Endpoint metadata: the request is not one transaction; each save commits on its own.</summary>
public sealed class WithoutRequestTransactionMetadata
{
    public static readonly WithoutRequestTransactionMetadata Instance = new();
}
