using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Membership.Members;

public static class MemberEndpoints
{
    public const string RouteSegment = "/members";

    /// <summary>Members (/api/membership/members): list, read, create, change, delete.</summary>
    public static RouteGroupBuilder MapMembersApi(this RouteGroupBuilder group)
    {
        var members = group.MapGroup(RouteSegment);
        members.MapGet("/", GetListAsync).RequirePermission(MembershipPermissions.Members.Default);
        members.MapGet("/{id:guid}", async (Guid id, IMemberAppService service, CancellationToken ct) => TypedResults.Ok(await service.GetAsync(id, ct)))
            .RequirePermission(MembershipPermissions.Members.Default);
        members.MapPost("/", CreateAsync).RequirePermission(MembershipPermissions.Members.Create);
        members.MapPut("/{id:guid}", async (Guid id, UpdateMemberDto input, IMemberAppService service, CancellationToken ct) =>
                TypedResults.Ok(await service.UpdateAsync(id, input, ct)))
            .RequirePermission(MembershipPermissions.Members.Update);
        members.MapDelete("/{id:guid}", async (Guid id, IMemberAppService service, CancellationToken ct) =>
            {
                await service.DeleteAsync(id, ct);
                return TypedResults.NoContent();
            })
            .RequirePermission(MembershipPermissions.Members.Delete);
        return group;
    }

    private static async Task<Ok<PagedResultDto<MemberDto>>> GetListAsync(
        IMemberAppService service, CancellationToken ct, int skipCount = 0, int maxResultCount = 20, string? filter = null, string? tag = null, Guid? ownerId = null) =>
        TypedResults.Ok(await service.GetListAsync(
            InputValidator.Validated(new GetMemberListInput { SkipCount = skipCount, MaxResultCount = maxResultCount, Filter = filter, Tag = tag, OwnerId = ownerId }), ct));

    private static async Task<Created<MemberDto>> CreateAsync(CreateMemberDto input, IMemberAppService service, CancellationToken ct)
    {
        var created = await service.CreateAsync(input, ct);
        return TypedResults.Created($"{MembershipHttpApiModule.RoutePrefix}{RouteSegment}/{created.Id}", created);
    }
}
