using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Editions;

/// <summary>The host's editions and their feature values.</summary>
public static class EditionEndpoints
{
    public static IEndpointRouteBuilder MapEditionApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/host/editions").WithTags("Editions");
        group.MapGet("/", GetListAsync).RequirePermission(MarketingSaaSPermissions.Editions.Default);
        group.MapGet("/{id:guid}", GetAsync).RequirePermission(MarketingSaaSPermissions.Editions.Default);
        group.MapPost("/", CreateAsync).RequirePermission(MarketingSaaSPermissions.Editions.Manage);
        group.MapPut("/{id:guid}", UpdateAsync).RequirePermission(MarketingSaaSPermissions.Editions.Manage);
        group.MapDelete("/{id:guid}", DeleteAsync).RequirePermission(MarketingSaaSPermissions.Editions.Manage);
        group.MapGet("/{id:guid}/features", GetFeaturesAsync).RequirePermission(MarketingSaaSPermissions.Editions.Default);
        group.MapPut("/{id:guid}/features", UpdateFeaturesAsync).RequirePermission(MarketingSaaSPermissions.Editions.Manage);
        return endpoints;
    }

    private static async Task<Ok<PagedResultDto<EditionDto>>> GetListAsync(
        IEditionAppService editions,
        CancellationToken ct,
        int skipCount = 0,
        int maxResultCount = 20,
        string? filter = null) =>
        TypedResults.Ok(await editions.GetListAsync(InputValidator.Validated(new GetEditionListInput { SkipCount = skipCount, MaxResultCount = maxResultCount, Filter = filter }), ct));

    private static async Task<Ok<EditionDto>> GetAsync(Guid id, IEditionAppService editions, CancellationToken ct) =>
        TypedResults.Ok(await editions.GetAsync(id, ct));

    private static async Task<Created<EditionDto>> CreateAsync(CreateEditionDto input, IEditionAppService editions, CancellationToken ct)
    {
        var edition = await editions.CreateAsync(input, ct);
        return TypedResults.Created($"/api/host/editions/{edition.Id}", edition);
    }

    private static async Task<Ok<EditionDto>> UpdateAsync(Guid id, UpdateEditionDto input, IEditionAppService editions, CancellationToken ct) =>
        TypedResults.Ok(await editions.UpdateAsync(id, input, ct));

    private static async Task<NoContent> DeleteAsync(Guid id, IEditionAppService editions, CancellationToken ct)
    {
        await editions.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<IReadOnlyList<EditionFeatureDto>>> GetFeaturesAsync(Guid id, IEditionAppService editions, CancellationToken ct) =>
        TypedResults.Ok(await editions.GetFeaturesAsync(id, ct));

    private static async Task<Ok<IReadOnlyList<EditionFeatureDto>>> UpdateFeaturesAsync(Guid id, UpdateEditionFeaturesDto input, IEditionAppService editions, CancellationToken ct) =>
        TypedResults.Ok(await editions.UpdateFeaturesAsync(id, input, ct));
}
