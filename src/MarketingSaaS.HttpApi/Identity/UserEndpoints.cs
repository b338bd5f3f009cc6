using MarketingSaaS.Dtos;
using MarketingSaaS.Framework.AspNetCore.Authorization;
using MarketingSaaS.Framework.AspNetCore.Validation;
using MarketingSaaS.Permissions;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace MarketingSaaS.Identity;

public static class UserEndpoints
{
    public static IEndpointRouteBuilder MapUserApi(this IEndpointRouteBuilder endpoints)
    {
        var group = endpoints.MapGroup("/api/identity/users").WithTags("Users");
        group.MapGet("/", GetListAsync).RequirePermission(MarketingSaaSPermissions.Users.Default);
        group.MapGet("/{id:guid}", GetAsync).RequirePermission(MarketingSaaSPermissions.Users.Default);
        group.MapPost("/", CreateAsync).RequirePermission(MarketingSaaSPermissions.Users.Create);
        group.MapPut("/{id:guid}", UpdateAsync).RequirePermission(MarketingSaaSPermissions.Users.Update);
        group.MapDelete("/{id:guid}", DeleteAsync).RequirePermission(MarketingSaaSPermissions.Users.Delete);
        group.MapPost("/{id:guid}/lock", LockAsync).RequirePermission(MarketingSaaSPermissions.Users.Update);
        group.MapPost("/{id:guid}/unlock", UnlockAsync).RequirePermission(MarketingSaaSPermissions.Users.Update);
        group.MapPut("/{id:guid}/password", ResetPasswordAsync).RequirePermission(MarketingSaaSPermissions.Users.Update);
        group.MapPost("/bulk", BulkAsync).RequirePermission(MarketingSaaSPermissions.Users.Update);
        return endpoints;
    }

    private static async Task<Ok<PagedResultDto<UserDto>>> GetListAsync(int? skipCount, int? maxResultCount, string? filter, IUserAppService users, CancellationToken ct)
    {
        var input = new GetUserListInput { Filter = filter };
        input.SkipCount = skipCount ?? input.SkipCount;
        input.MaxResultCount = maxResultCount ?? input.MaxResultCount;
        return TypedResults.Ok(await users.GetListAsync(InputValidator.Validated(input), ct));
    }

    private static async Task<Ok<UserDto>> GetAsync(Guid id, IUserAppService users, CancellationToken ct) =>
        TypedResults.Ok(await users.GetAsync(id, ct));

    private static async Task<Created<UserDto>> CreateAsync(CreateUserDto input, IUserAppService users, CancellationToken ct)
    {
        var user = await users.CreateAsync(input, ct);
        return TypedResults.Created($"/api/identity/users/{user.Id}", user);
    }

    private static async Task<Ok<UserDto>> UpdateAsync(Guid id, UpdateUserDto input, IUserAppService users, CancellationToken ct) =>
        TypedResults.Ok(await users.UpdateAsync(id, input, ct));

    private static async Task<NoContent> DeleteAsync(Guid id, IUserAppService users, CancellationToken ct)
    {
        await users.DeleteAsync(id, ct);
        return TypedResults.NoContent();
    }

    private static async Task<Ok<UserDto>> LockAsync(Guid id, IUserAppService users, CancellationToken ct) =>
        TypedResults.Ok(await users.LockAsync(id, ct));

    private static async Task<Ok<UserDto>> UnlockAsync(Guid id, IUserAppService users, CancellationToken ct) =>
        TypedResults.Ok(await users.UnlockAsync(id, ct));

    private static async Task<Ok<BulkUserActionResultDto>> BulkAsync(BulkUserActionDto input, IUserAppService users, CancellationToken ct) =>
        TypedResults.Ok(await users.BulkAsync(input, ct));

    private static async Task<NoContent> ResetPasswordAsync(Guid id, ResetUserPasswordDto input, IUserAppService users, CancellationToken ct)
    {
        await users.ResetPasswordAsync(id, input, ct);
        return TypedResults.NoContent();
    }
}
