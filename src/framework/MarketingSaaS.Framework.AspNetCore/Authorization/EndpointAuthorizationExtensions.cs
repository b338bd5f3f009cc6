using Microsoft.AspNetCore.Builder;

namespace MarketingSaaS.Framework.AspNetCore.Authorization;

public static class EndpointAuthorizationExtensions
{
    public static TBuilder RequirePermission<TBuilder>(this TBuilder builder, params string[] permissions)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new PermissionRequirement(permissions)).RequireAuthorization();

    public static TBuilder RequireFeature<TBuilder>(this TBuilder builder, string feature)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(new FeatureRequirement(feature));

    public static TBuilder RequireSignedIn<TBuilder>(this TBuilder builder)
        where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(SignedInOnlyMetadata.Instance).RequireAuthorization();
}
