using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Identity.Invitations;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Identity;

/// <summary>Invitations: the admin's side under /api/identity/invitations, the invitee's (anonymous, rate limited) under /api/account/invitation.</summary>
public static class UserInvitationEndpoints
{
    /// <summary>Preview and accept together, per client address ("RateLimits:InvitationPerMinute", default 10).</summary>
    public const string RateLimit = "invitation";

    public static IEndpointRouteBuilder MapUserInvitationApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/identity/invitations").WithTags("Invitations");
        group.MapGet("/", GetPendingListAsync).RequirePermission(MarketingSaaSPermissions.Users.Create);
        group.MapGet("/{id:guid}", GetAsync).RequirePermission(MarketingSaaSPermissions.Users.Create);
        group.MapPost("/", InviteAsync).RequirePermission(MarketingSaaSPermissions.Users.Create);
        group.MapPost("/{id:guid}/resend", ResendAsync).RequirePermission(MarketingSaaSPermissions.Users.Create);
        group.MapPost("/{id:guid}/revoke", RevokeAsync).RequirePermission(MarketingSaaSPermissions.Users.Create);

        var account = endpoints.MapGroup("/api/account/invitation").WithTags("Account");
        account.MapGet("/", PreviewAsync).AllowAnonymous().RequireRateLimiting(RateLimit);
        account.MapPost("/accept", AcceptAsync).AllowAnonymous().RequireRateLimiting(RateLimit);
        return endpoints;
    }

    private static async Task<Ok<IReadOnlyList<UserInvitationDto>>> GetPendingListAsync(IUserInvitationAppService invitations, CancellationToken ct) =>
        TypedResults.Ok(await invitations.GetPendingListAsync(ct));

    private static async Task<Ok<UserInvitationDto>> GetAsync(Guid id, IUserInvitationAppService invitations, CancellationToken ct) =>
        TypedResults.Ok(await invitations.GetAsync(id, ct));

    private static async Task<Created<UserInvitationDto>> InviteAsync(InviteUserDto input, IUserInvitationAppService invitations, CancellationToken ct)
    {
        var invitation = await invitations.InviteAsync(input, ct);
        return TypedResults.Created($"/api/identity/invitations/{invitation.Id}", invitation);
    }

    private static async Task<Ok<UserInvitationDto>> ResendAsync(Guid id, IUserInvitationAppService invitations, CancellationToken ct) =>
        TypedResults.Ok(await invitations.ResendAsync(id, ct));

    private static async Task<NoContent> RevokeAsync(Guid id, IUserInvitationAppService invitations, CancellationToken ct)
    {
        await invitations.RevokeAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<InvitationPreviewDto>> PreviewAsync(string tenant, string token, IUserInvitationAppService invitations, CancellationToken ct) =>
        TypedResults.Ok(await invitations.PreviewAsync(tenant, token, ct));

    private static async Task<Ok<AcceptedInvitationDto>> AcceptAsync(AcceptInvitationDto input, IUserInvitationAppService invitations, CancellationToken ct) =>
        TypedResults.Ok(new AcceptedInvitationDto(await invitations.AcceptAsync(input, ct)));
}

public sealed record AcceptedInvitationDto(string UserName);
