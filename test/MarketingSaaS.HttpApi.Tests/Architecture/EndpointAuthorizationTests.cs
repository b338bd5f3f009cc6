using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.TestBase.Hosting;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.DependencyInjection;
using Shouldly;
using Xunit;

namespace MarketingSaaS.HttpApi.Tests.Architecture;

/// <summary>Every endpoint requires a permission, or says it is for any signed-in user, or is explicitly anonymous.</summary>
public sealed class EndpointAuthorizationTests(SqliteApiFixture fixture) : IClassFixture<SqliteApiFixture>
{
    [Fact]
    public void Every_endpoint_declares_its_access()
    {
        var endpoints = fixture.Services.GetRequiredService<EndpointDataSource>().Endpoints.OfType<RouteEndpoint>().ToList();
        endpoints.Count.ShouldBeGreaterThan(3);

        var undeclared = endpoints
            .Where(e => e.Metadata.GetMetadata<PermissionRequirement>() is null
                && e.Metadata.GetMetadata<SignedInOnlyMetadata>() is null
                && e.Metadata.GetMetadata<IAllowAnonymous>() is null)
            .Select(e => e.RoutePattern.RawText)
            .ToList();

        undeclared.ShouldBeEmpty();
    }
}
