using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Framework.AspNetCore.Modularity;

/// <summary>A module that maps HTTP endpoints (each HttpApi project's module class).</summary>
public interface IEndpointModule
{
    void MapEndpoints(IEndpointRouteBuilder endpoints);
}
