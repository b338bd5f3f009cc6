using Microsoft.AspNetCore.Builder;

namespace MarketingSaaS.Framework.AspNetCore.Uow;

public static class RequestTransactionEndpointExtensions
{
    /// <summary>
    /// The opt-out for the rare endpoint that must keep a write although it then fails, such as a sign-in that
    /// counts a wrong password towards the lockout and answers 401. Each save of such an endpoint commits on its own.
    /// </summary>
    public static TBuilder WithoutRequestTransaction<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(WithoutRequestTransactionMetadata.Instance);
}
